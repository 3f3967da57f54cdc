"""The tuning half of the docparse corpus, written for this corpus (see corpus_build.py for the variants).

Every document is modelled on the genre (Nghị định 30/2020 layout, plans, decisions with appendix catalogs,
reports, công văn, Party documents, web copies) in provinces, departments, communes, hospitals and schools other
than those of the seeds. The labels follow seed_labels/LABELING.md; the tasks are attached to the elements that
carry them, so the label and the document cannot drift apart.
"""

from __future__ import annotations

from docparse.tests.corpus_build import (
    Doc,
    Item,
    Letterhead,
    PageBreak,
    Para,
    Signature,
    TableEl,
    task,
)

NATIONAL = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]
PARTY = ["ĐẢNG CỘNG SẢN VIỆT NAM"]


def cit(type_: str, number: str, date: str | None, issuer: str | None) -> dict[str, str | None]:
    return {"type": type_, "number": number, "date": date, "issuer": issuer}


def meta(
    type_: str,
    number: str | None,
    date: str | None,
    issuer: str,
    place: str | None,
    title: str,
    signer: str | None,
) -> dict[str, str | None]:
    return {
        "type": type_,
        "number": number,
        "date": date,
        "issuer": issuer,
        "place": place,
        "title": title,
        "signer": signer,
    }


DOCUMENTS: list[Doc] = []

# ------------------------------------------------------------------------------------------------ table-pdf-word
_THANHHOA_ROWS = [
    ["I", "CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO, TUYÊN TRUYỀN", "", "", "", ""],
    [
        "1",
        "Quán triệt, triển khai Kết luận số 114-KL/TW ngày 14/7/2021 của Ban Bí thư về nâng cao hiệu quả công tác dân vận của cơ quan nhà nước",
        "Sở Nội vụ",
        "Các sở, ban, ngành; UBND các xã, phường",
        "Quý I/2026",
        "Kế hoạch triển khai",
    ],
    [
        "2",
        "Tuyên truyền các mô hình, điển hình “Dân vận khéo” trên Báo và Phát thanh, Truyền hình Thanh Hóa",
        "Sở Văn hóa, Thể thao và Du lịch",
        "Báo và Phát thanh, Truyền hình Thanh Hóa",
        "Hằng quý",
        "Chuyên mục",
    ],
    [
        "3",
        "Biên soạn tài liệu bồi dưỡng kỹ năng dân vận cho cán bộ, công chức cấp xã",
        "Trường Chính trị tỉnh",
        "Sở Nội vụ",
        "Tháng 7, 8/2026",
        "Bộ tài liệu",
    ],
    ["II", "THỰC HIỆN DÂN CHỦ Ở CƠ SỞ VÀ CẢI CÁCH HÀNH CHÍNH", "", "", "", ""],
    [
        "1",
        "Rà soát, công khai thủ tục hành chính trên Cổng Dịch vụ công quốc gia; giải quyết hồ sơ đúng hạn",
        "Văn phòng UBND tỉnh",
        "Các sở, ban, ngành",
        "Thường xuyên",
        "",
    ],
    [
        "2",
        "Tổ chức đối thoại giữa Chủ tịch Ủy ban nhân dân tỉnh với Nhân dân về giải phóng mặt bằng các dự án trọng điểm",
        "Văn phòng UBND tỉnh",
        "Sở Nông nghiệp và Môi trường; Ban Tiếp công dân tỉnh",
        "Tháng 3 và tháng 9/2026",
        "Thông báo kết luận",
    ],
    [
        "3",
        "Kiểm tra việc thực hiện dân chủ trong hoạt động của cơ quan hành chính ở 10 xã, phường",
        "Sở Nội vụ",
        "Thanh tra tỉnh; Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh",
        "Từ tháng 5 đến tháng 10/2026",
        "Báo cáo kết quả kiểm tra",
    ],
    [
        "4",
        "Tiếp nhận, xử lý phản ánh, kiến nghị của người dân qua Tổng đài 1022",
        "Sở Khoa học và Công nghệ",
        "Các sở, ban, ngành; UBND các xã, phường",
        "Thường xuyên",
        "",
    ],
    ["III", "PHONG TRÀO THI ĐUA “DÂN VẬN KHÉO”", "", "", "", ""],
    [
        "1",
        "Đăng ký, xây dựng mô hình “Dân vận khéo” trong lĩnh vực chuyển đổi số",
        "Các sở, ban, ngành; UBND các xã, phường",
        "Sở Nội vụ",
        "Trước ngày 30/4/2026",
        "Danh sách mô hình",
    ],
    [
        "2",
        "Sơ kết, biểu dương các mô hình “Dân vận khéo” tiêu biểu năm 2026",
        "Sở Nội vụ",
        "Ban Dân vận Tỉnh ủy",
        "Kỳ họp HĐND tỉnh cuối năm 2026",
        "Quyết định khen thưởng",
    ],
    [
        "3",
        "Báo cáo kết quả thực hiện công tác dân vận chính quyền năm 2026",
        "Sở Nội vụ",
        "Các sở, ban, ngành; UBND các xã, phường",
        "Trước ngày 05/12/2026",
        "Báo cáo",
    ],
]
_THANHHOA_TASKS = [
    None,
    task("1", ["Sở Nội vụ"], ["Các sở, ban, ngành", "UBND các xã, phường"], "Quý I/2026"),
    task("2", ["Sở Văn hóa, Thể thao và Du lịch"], ["Báo và Phát thanh, Truyền hình Thanh Hóa"], "Hằng quý"),
    task("3", ["Trường Chính trị tỉnh"], ["Sở Nội vụ"], "Tháng 7, 8/2026"),
    None,
    task("1", ["Văn phòng UBND tỉnh"], ["Các sở, ban, ngành"], "Thường xuyên"),
    task(
        "2",
        ["Văn phòng UBND tỉnh"],
        ["Sở Nông nghiệp và Môi trường", "Ban Tiếp công dân tỉnh"],
        "Tháng 3 và tháng 9/2026",
    ),
    task(
        "3",
        ["Sở Nội vụ"],
        ["Thanh tra tỉnh", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"],
        "Từ tháng 5 đến tháng 10/2026",
    ),
    task("4", ["Sở Khoa học và Công nghệ"], ["Các sở, ban, ngành", "UBND các xã, phường"], "Thường xuyên"),
    None,
    task("1", ["Các sở, ban, ngành", "UBND các xã, phường"], ["Sở Nội vụ"], "Trước ngày 30/4/2026"),
    task("2", ["Sở Nội vụ"], ["Ban Dân vận Tỉnh ủy"], "Kỳ họp HĐND tỉnh cuối năm 2026"),
    task("3", ["Sở Nội vụ"], ["Các sở, ban, ngành", "UBND các xã, phường"], "Trước ngày 05/12/2026"),
]
DOCUMENTS.append(
    Doc(
        name="table-pdf-word-thanhhoa-qd-danhmuc",
        shape="table-pdf-word",
        label_doc=meta(
            "Quyết định",
            "1520/QĐ-UBND",
            "2026-03-12",
            "Ủy ban nhân dân tỉnh Thanh Hóa",
            "Thanh Hóa",
            "Ban hành Danh mục nhiệm vụ công tác dân vận chính quyền tỉnh Thanh Hóa năm 2026",
            "Đầu Thanh Tùng",
        ),
        citations=[
            cit("Luật", "72/2025/QH15", "2025-06-16", None),
            cit("Quyết định", "23-QĐ/TW", "2021-07-30", "Bộ Chính trị"),
            cit("Kết luận", "114-KL/TW", "2021-07-14", "Ban Bí thư"),
        ],
        body=[
            Letterhead(
                ["ỦY BAN NHÂN DÂN", "TỈNH THANH HÓA"],
                NATIONAL,
                "Số: 1520/QĐ-UBND",
                "Thanh Hóa, ngày 12 tháng 3 năm 2026",
            ),
            Para("QUYẾT ĐỊNH", "center", bold=True),
            Para(
                "Ban hành Danh mục nhiệm vụ công tác dân vận chính quyền tỉnh Thanh Hóa năm 2026",
                "center",
                bold=True,
            ),
            Para("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH THANH HÓA", "center", bold=True),
            Para("Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15 ngày 16/6/2025;"),
            Para(
                "Căn cứ Quyết định số 23-QĐ/TW ngày 30/7/2021 của Bộ Chính trị ban hành Quy chế công tác dân vận "
                "của hệ thống chính trị;"
            ),
            Para(
                "Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 88/TTr-SNV ngày 05/3/2026.", italic=True
            ),
            Para("QUYẾT ĐỊNH:", "center", bold=True),
            Para(
                "Điều 1. Ban hành kèm theo Quyết định này Danh mục nhiệm vụ công tác dân vận chính quyền tỉnh "
                "Thanh Hóa năm 2026."
            ),
            Para(
                "Điều 2. Các cơ quan, đơn vị được giao chủ trì có trách nhiệm xây dựng kế hoạch, triển khai thực "
                "hiện; báo cáo kết quả về Sở Nội vụ trước ngày 05/12/2026 để tổng hợp, báo cáo Ủy ban nhân dân tỉnh."
            ),
            Para(
                "Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc "
                "các sở, Thủ trưởng các ban, ngành, Chủ tịch Ủy ban nhân dân các xã, phường chịu trách nhiệm thi "
                "hành Quyết định này./."
            ),
            Signature(
                ["- Như Điều 3;", "- TT Tỉnh ủy, TT HĐND tỉnh;", "- Lưu: VT, NC."],
                ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"],
                "Đầu Thanh Tùng",
            ),
            TableEl(
                [
                    "STT",
                    "Nội dung nhiệm vụ",
                    "Cơ quan chủ trì",
                    "Cơ quan phối hợp",
                    "Thời gian hoàn thành",
                    "Sản phẩm",
                ],
                _THANHHOA_ROWS,
                _THANHHOA_TASKS,
                column_numbers=True,
                landscape=True,
                group_rows=[0, 4, 9],
                caption=[
                    "DANH MỤC",
                    "NHIỆM VỤ CÔNG TÁC DÂN VẬN CHÍNH QUYỀN TỈNH THANH HÓA NĂM 2026",
                    "(Kèm theo Quyết định số 1520/QĐ-UBND ngày 12/3/2026 của Chủ tịch UBND tỉnh Thanh Hóa)",
                ],
                widths=[1.2, 9.5, 4.0, 5.0, 3.5, 3.0],
            ),
        ],
        notes=(
            "Written for this corpus, modelled on provincial decisions that issue a catalog as a landscape appendix. "
            "The table repeats its header and the (1)…(6) column-number row on every page; numbering restarts at 1 "
            "in each Roman group (I, II, III are group rows merged across the row); the Sản phẩm column is ignored. "
            "The Tờ trình 88/TTr-SNV is a citation only as printed with its number; it is kept. Luật Tổ chức chính "
            "quyền địa phương carries a number here (72/2025/QH15), so it is a citation. Điều 2's report deadline goes "
            "to reporting. Task numbers repeat across groups (1, 2, 3 under I and again under II); the scorer aligns "
            "by number and text start."
        ),
        reporting=[{"what": "báo cáo kết quả về Sở Nội vụ", "due": "2026-12-05"}],
        variants=("docx", "pdf", "lo.docx"),
    )
)
DOCUMENTS[-1].citations.insert(2, cit("Tờ trình", "88/TTr-SNV", "2026-03-05", "Giám đốc Sở Nội vụ"))

_PHUTHO_ROWS = [
    [
        "1",
        "Quán triệt Quy tắc ứng xử của viên chức, người lao động trong các cơ sở y tế tới toàn thể khoa, phòng",
        "Phòng Tổ chức cán bộ",
        "Công đoàn Bệnh viện",
        "Quý I/2026",
        "",
    ],
    [
        "2",
        "Duy trì hộp thư góp ý và đường dây nóng; giải quyết ý kiến của người bệnh trong 48 giờ",
        "Phòng Quản lý chất lượng",
        "Phòng Công tác xã hội",
        "Thường xuyên",
        "",
    ],
    [
        "3",
        "Khảo sát sự hài lòng của người bệnh nội trú và ngoại trú",
        "Phòng Quản lý chất lượng",
        "Các khoa lâm sàng",
        "02 lần/năm",
        "Báo cáo khảo sát",
    ],
    [
        "4",
        "Tổ chức Ngày hội hiến máu tình nguyện “Giọt hồng yêu thương”",
        "Khoa Huyết học - Truyền máu",
        "Đoàn Thanh niên Bệnh viện; Hội Chữ thập đỏ tỉnh",
        "Tháng 6/2026",
        "",
    ],
    [
        "5",
        "Khám bệnh, cấp thuốc miễn phí cho người có công và hộ nghèo tại các xã khó khăn",
        "Phòng Kế hoạch tổng hợp",
        "Công đoàn Bệnh viện; Ủy ban nhân dân các xã",
        "Dịp 27/7/2026",
        "",
    ],
    [
        "6",
        "Đăng ký mô hình “Dân vận khéo” trong cải tiến quy trình khám bệnh",
        "Khoa Khám bệnh",
        "Phòng Điều dưỡng",
        "Trong quý II/2026",
        "Mô hình được công nhận",
    ],
    [
        "7",
        "Tổng kết công tác dân vận chính quyền năm 2026, đề xuất khen thưởng",
        "Phòng Tổ chức cán bộ",
        "Các khoa, phòng",
        "Tháng 12/2026",
        "",
    ],
]
DOCUMENTS.append(
    Doc(
        name="table-pdf-word-phutho-bv-kh",
        shape="table-pdf-word",
        label_doc=meta(
            "Kế hoạch",
            "45/KH-BVĐK",
            "2026-01-20",
            "Bệnh viện Đa khoa tỉnh Phú Thọ",
            "Phú Thọ",
            "Thực hiện công tác dân vận chính quyền năm 2026",
            "Nguyễn Thị Vân",
        ),
        citations=[
            cit("Kế hoạch", "15/KH-SYT", "2026-01-08", "Sở Y tế"),
            cit("Thông tư", "05/2023/TT-BYT", None, None),
        ],
        body=[
            Letterhead(
                ["SỞ Y TẾ PHÚ THỌ", "BỆNH VIỆN ĐA KHOA TỈNH"],
                NATIONAL,
                "Số: 45/KH-BVĐK",
                "Phú Thọ, ngày 20 tháng 01 năm 2026",
            ),
            Para("KẾ HOẠCH", "center", bold=True),
            Para("Thực hiện công tác dân vận chính quyền năm 2026", "center", bold=True),
            Para(
                "Thực hiện Kế hoạch số 15/KH-SYT ngày 08/01/2026 của Sở Y tế về công tác dân vận chính quyền năm "
                "2026 và Thông tư số 05/2023/TT-BYT quy định quy tắc ứng xử, Bệnh viện Đa khoa tỉnh Phú Thọ xây "
                "dựng kế hoạch như sau:"
            ),
            Para("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
            Item("1.", "Nâng cao tinh thần, thái độ phục vụ người bệnh của viên chức, người lao động."),
            Item("2.", "Các nội dung phải cụ thể, gắn với nhiệm vụ chuyên môn của từng khoa, phòng."),
            Para("II. NỘI DUNG THỰC HIỆN", bold=True),
            TableEl(
                ["TT", "Nội dung công việc", "Khoa, phòng chủ trì", "Phối hợp", "Thời gian", "Ghi chú"],
                _PHUTHO_ROWS,
                [
                    task("1", ["Phòng Tổ chức cán bộ"], ["Công đoàn Bệnh viện"], "Quý I/2026"),
                    task("2", ["Phòng Quản lý chất lượng"], ["Phòng Công tác xã hội"], "Thường xuyên"),
                    task("3", ["Phòng Quản lý chất lượng"], ["Các khoa lâm sàng"], "02 lần/năm"),
                    task(
                        "4",
                        ["Khoa Huyết học - Truyền máu"],
                        ["Đoàn Thanh niên Bệnh viện", "Hội Chữ thập đỏ tỉnh"],
                        "Tháng 6/2026",
                    ),
                    task(
                        "5",
                        ["Phòng Kế hoạch tổng hợp"],
                        ["Công đoàn Bệnh viện", "Ủy ban nhân dân các xã"],
                        "Dịp 27/7/2026",
                    ),
                    task("6", ["Khoa Khám bệnh"], ["Phòng Điều dưỡng"], "Trong quý II/2026"),
                    task("7", ["Phòng Tổ chức cán bộ"], ["Các khoa, phòng"], "Tháng 12/2026"),
                ],
                widths=[1.0, 6.5, 3.2, 3.2, 2.2, 1.9],
            ),
            Para("III. TỔ CHỨC THỰC HIỆN", bold=True),
            Para(
                "Các khoa, phòng báo cáo kết quả thực hiện về Phòng Tổ chức cán bộ trước ngày 10/6/2026 và trước "
                "ngày 10/11/2026 để tổng hợp, báo cáo Sở Y tế./."
            ),
            Signature(
                ["- Sở Y tế (b/c);", "- Các khoa, phòng;", "- Lưu: VT, TCCB."], ["GIÁM ĐỐC"], "Nguyễn Thị Vân"
            ),
        ],
        notes=(
            "Written for this corpus, modelled on hospital (public service unit) plans. Header words 'Khoa, phòng chủ "
            "trì' and 'Thời gian'. Row 5's time cell 'Dịp 27/7/2026' is what the time column prints, so it is the "
            "timeframe (LABELING §3: the column first; the occasion rule is for inline phrases). '02 lần/năm' is a "
            "periodicity printed in the time column and kept as printed. "
            "Thông tư 05/2023/TT-BYT has no date or issuer next to it."
        ),
        reporting=[
            {"what": "báo cáo kết quả về Phòng Tổ chức cán bộ", "due": "2026-06-10"},
            {"what": "báo cáo kết quả về Phòng Tổ chức cán bộ", "due": "2026-11-10"},
        ],
        variants=("docx", "pdf"),
    )
)

# ------------------------------------------------------------------------------------------------ table-pdf-lo
_LAOCAI_ROWS = [
    ["A", "NHIỆM VỤ CHUNG", "", "", "", ""],
    [
        "1",
        "Triển khai thực hiện Nghị định số 59/2023/NĐ-CP ngày 14/8/2023 của Chính phủ quy định chi tiết một số điều của Luật Thực hiện dân chủ ở cơ sở",
        "Sở Nội vụ",
        "Các sở, ban, ngành tỉnh",
        "Năm 2026",
        "Lồng ghép trong kinh phí thường xuyên",
    ],
    [
        "2",
        "Nâng cao chất lượng tiếp công dân, đối thoại với Nhân dân, giải quyết khiếu nại, tố cáo ngay từ cơ sở, không để phát sinh điểm nóng",
        "Thanh tra tỉnh",
        "Ban Tiếp công dân tỉnh; Công an tỉnh",
        "Thường xuyên",
        "",
    ],
    [
        "3",
        "Xây dựng chuyên mục “Chính quyền lắng nghe dân” trên Cổng thông tin điện tử tỉnh",
        "Sở Khoa học và Công nghệ",
        "Văn phòng UBND tỉnh",
        "Quý II/2026",
        "20 triệu đồng",
    ],
    ["B", "NHIỆM VỤ CỤ THỂ CỦA CÁC ĐỊA PHƯƠNG", "", "", "", ""],
    [
        "1",
        "Vận động Nhân dân hiến đất, góp công làm đường giao thông nông thôn tại các thôn, bản vùng cao",
        "UBND các xã",
        "Ủy ban Mặt trận Tổ quốc Việt Nam các xã",
        "Theo mùa vụ",
        "",
    ],
    [
        "2",
        "Phối hợp tổ chức “Tết sum vầy” cho hộ nghèo, hộ có hoàn cảnh khó khăn",
        "UBND các xã, phường",
        "Hội Liên hiệp Phụ nữ tỉnh; Tỉnh đoàn",
        "Tháng 01/2026",
        "",
    ],
    [
        "3",
        "Củng cố, nâng cao hiệu quả hoạt động của Ban Thanh tra nhân dân, Ban Giám sát đầu tư của cộng đồng",
        "UBND các xã, phường",
        "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh",
        "Định kỳ hằng quý",
        "",
    ],
    [
        "4",
        "Sơ kết 6 tháng, tổng kết năm công tác dân vận chính quyền; biểu dương tập thể, cá nhân tiêu biểu",
        "Sở Nội vụ",
        "Các sở, ban, ngành; UBND các xã, phường",
        "Tháng 6 và tháng 12/2026",
        "",
    ],
]
DOCUMENTS.append(
    Doc(
        name="table-pdf-lo-laocai-qd-danhmuc",
        shape="table-pdf-lo",
        label_doc=meta(
            "Quyết định",
            "318/QĐ-UBND",
            "2026-02-02",
            "Ủy ban nhân dân tỉnh Lào Cai",
            "Lào Cai",
            "Về việc ban hành Danh mục nhiệm vụ công tác dân vận chính quyền năm 2026",
            "Hoàng Quốc Khánh",
        ),
        citations=[
            cit("Quyết định", "23-QĐ/TW", "2021-07-30", "Bộ Chính trị"),
            cit("Kế hoạch", "106-KH/TU", "2025-12-25", "Ban Thường vụ Tỉnh ủy"),
            cit("Nghị định", "59/2023/NĐ-CP", "2023-08-14", "Chính phủ"),
        ],
        body=[
            Letterhead(
                ["ỦY BAN NHÂN DÂN", "TỈNH LÀO CAI"],
                NATIONAL,
                "Số: 318/QĐ-UBND",
                "Lào Cai, ngày 02 tháng 02 năm 2026",
            ),
            Para("QUYẾT ĐỊNH", "center", bold=True),
            Para(
                "Về việc ban hành Danh mục nhiệm vụ công tác dân vận chính quyền năm 2026",
                "center",
                bold=True,
            ),
            Para("ỦY BAN NHÂN DÂN TỈNH LÀO CAI", "center", bold=True),
            Para("Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;"),
            Para(
                "Căn cứ Quyết định số 23-QĐ/TW ngày 30/7/2021 của Bộ Chính trị ban hành Quy chế công tác dân vận "
                "của hệ thống chính trị;"
            ),
            Para(
                "Căn cứ Kế hoạch số 106-KH/TU ngày 25/12/2025 của Ban Thường vụ Tỉnh ủy về công tác dân vận năm 2026;"
            ),
            Para("Theo đề nghị của Sở Nội vụ.", italic=True),
            Para("QUYẾT ĐỊNH:", "center", bold=True),
            Para(
                "Điều 1. Ban hành kèm theo Quyết định này Danh mục nhiệm vụ công tác dân vận chính quyền năm 2026."
            ),
            Para(
                "Điều 2. Các cơ quan, đơn vị căn cứ danh mục tổ chức thực hiện; định kỳ 6 tháng báo cáo kết quả về "
                "Sở Nội vụ trước ngày 10/6/2026 và ngày 10/12/2026."
            ),
            Para(
                "Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc Sở Nội vụ, Thủ trưởng các cơ quan, đơn vị có liên quan "
                "chịu trách nhiệm thi hành Quyết định này./."
            ),
            Signature(
                ["- Như Điều 3;", "- Lưu: VT, NC."], ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], "Hoàng Quốc Khánh"
            ),
            TableEl(
                ["Số TT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Tiến độ", "Kinh phí"],
                _LAOCAI_ROWS,
                [
                    None,
                    task("1", ["Sở Nội vụ"], ["Các sở, ban, ngành tỉnh"], "Năm 2026"),
                    task("2", ["Thanh tra tỉnh"], ["Ban Tiếp công dân tỉnh", "Công an tỉnh"], "Thường xuyên"),
                    task("3", ["Sở Khoa học và Công nghệ"], ["Văn phòng UBND tỉnh"], "Quý II/2026"),
                    None,
                    task("1", ["UBND các xã"], ["Ủy ban Mặt trận Tổ quốc Việt Nam các xã"], "Theo mùa vụ"),
                    task(
                        "2",
                        ["UBND các xã, phường"],
                        ["Hội Liên hiệp Phụ nữ tỉnh", "Tỉnh đoàn"],
                        "Tháng 01/2026",
                    ),
                    task(
                        "3",
                        ["UBND các xã, phường"],
                        ["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"],
                        "Định kỳ hằng quý",
                    ),
                    task(
                        "4",
                        ["Sở Nội vụ"],
                        ["Các sở, ban, ngành", "UBND các xã, phường"],
                        "Tháng 6 và tháng 12/2026",
                    ),
                ],
                landscape=True,
                group_rows=[0, 4],
                light=True,
                widths=[1.3, 10.0, 3.8, 5.0, 2.8, 3.0],
                caption=[
                    "PHỤ LỤC",
                    "DANH MỤC NHIỆM VỤ CÔNG TÁC DÂN VẬN CHÍNH QUYỀN NĂM 2026",
                    "(Ban hành kèm theo Quyết định số 318/QĐ-UBND ngày 02/02/2026 của UBND tỉnh Lào Cai)",
                ],
            ),
        ],
        notes=(
            "Written for this corpus, modelled on provincial catalog decisions exported from LibreOffice. The appendix "
            "table is lightly ruled (outer and column borders only) in a landscape section; groups are lettered A, B "
            "and numbering restarts in each group; the Kinh phí column is ignored. Luật Tổ chức chính quyền địa "
            "phương has no number here, so it is not a citation. Điều 2's reporting goes to reporting."
        ),
        reporting=[
            {"what": "báo cáo kết quả về Sở Nội vụ", "due": "2026-06-10"},
            {"what": "báo cáo kết quả về Sở Nội vụ", "due": "2026-12-10"},
        ],
        variants=("lo.pdf", "pdf", "lo.docx"),
    )
)

_SCHOOL_ROWS = [
    ["I", "CÔNG TÁC TƯ TƯỞNG", "", "", ""],
    [
        "1",
        "Tổ chức cho cán bộ, giáo viên, nhân viên học tập, quán triệt các văn bản về công tác dân vận",
        "Chi bộ nhà trường",
        "Công đoàn trường",
        "Tháng 9/2026",
    ],
    [
        "2",
        "Tuyên truyền, vận động cha mẹ học sinh thực hiện an toàn giao thông, phòng chống đuối nước",
        "Đoàn trường",
        "Ban đại diện cha mẹ học sinh",
        "Trong năm học 2026 - 2027",
    ],
    ["II", "THỰC HIỆN DÂN CHỦ TRONG NHÀ TRƯỜNG", "", "", ""],
    [
        "1",
        "Tổ chức Hội nghị viên chức, người lao động đầu năm học",
        "Hiệu trưởng",
        "Công đoàn trường",
        "Trước ngày 15/10/2026",
    ],
    [
        "2",
        "Công khai các khoản thu, chi, chế độ chính sách đối với học sinh trên bảng tin và trang thông tin của trường",
        "Bộ phận Kế toán",
        "Văn phòng nhà trường",
        "Đầu mỗi học kỳ",
    ],
    [
        "3",
        "Tiếp nhận, trả lời ý kiến của cha mẹ học sinh qua hộp thư góp ý",
        "Phó Hiệu trưởng",
        "Tổ Văn phòng",
        "Hằng tháng",
    ],
]
DOCUMENTS.append(
    Doc(
        name="table-pdf-lo-ninhbinh-truong-kh",
        shape="table-pdf-lo",
        label_doc=meta(
            "Kế hoạch",
            "112/KH-THPTYK",
            "2026-09-05",
            "Trường Trung học phổ thông Yên Khánh A",
            "Yên Khánh",
            "Công tác dân vận năm học 2026 - 2027",
            "Phạm Văn Hưng",
        ),
        citations=[cit("Kế hoạch", "2870/KH-SGDĐT", "2026-08-20", "Sở Giáo dục và Đào tạo")],
        body=[
            Letterhead(
                ["SỞ GD&ĐT NINH BÌNH", "TRƯỜNG THPT YÊN KHÁNH A"],
                NATIONAL,
                "Số: 112/KH-THPTYK",
                "Yên Khánh, ngày 05 tháng 9 năm 2026",
            ),
            Para("KẾ HOẠCH", "center", bold=True),
            Para("Công tác dân vận năm học 2026 - 2027", "center", bold=True),
            Para(
                "Căn cứ Kế hoạch số 2870/KH-SGDĐT ngày 20/8/2026 của Sở Giáo dục và Đào tạo về nhiệm vụ năm học "
                "2026 - 2027, Trường THPT Yên Khánh A xây dựng kế hoạch công tác dân vận như sau:"
            ),
            Para("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
            Item("-", "Phát huy quyền làm chủ của cán bộ, giáo viên, nhân viên và cha mẹ học sinh."),
            Para("II. NỘI DUNG, NHIỆM VỤ", bold=True),
            TableEl(
                ["STT", "Công việc", "Bộ phận thực hiện", "Phối hợp", "Thời hạn"],
                _SCHOOL_ROWS,
                [
                    None,
                    task("1", ["Chi bộ nhà trường"], ["Công đoàn trường"], "Tháng 9/2026"),
                    task("2", ["Đoàn trường"], ["Ban đại diện cha mẹ học sinh"], "Trong năm học 2026 - 2027"),
                    None,
                    task("1", ["Hiệu trưởng"], ["Công đoàn trường"], "Trước ngày 15/10/2026"),
                    task("2", ["Bộ phận Kế toán"], ["Văn phòng nhà trường"], "Đầu mỗi học kỳ"),
                    task("3", ["Phó Hiệu trưởng"], ["Tổ Văn phòng"], "Hằng tháng"),
                ],
                group_rows=[0, 3],
                widths=[1.0, 7.0, 3.0, 3.0, 2.6],
            ),
            Para("III. TỔ CHỨC THỰC HIỆN", bold=True),
            Para(
                "Các bộ phận, đoàn thể căn cứ kế hoạch triển khai thực hiện; báo cáo kết quả về Hiệu trưởng vào "
                "cuối mỗi học kỳ./."
            ),
            Signature(["- Sở GD&ĐT (b/c);", "- Lưu: VT."], ["HIỆU TRƯỞNG"], "Phạm Văn Hưng"),
        ],
        notes=(
            "Written for this corpus, modelled on school plans (public service unit). Issuer expanded from 'TRƯỜNG "
            "THPT YÊN KHÁNH A'; the place is the district name in the date line. Header words 'STT | Công việc | Bộ "
            "phận thực hiện | Phối hợp | Thời hạn' (Bộ phận thực hiện is the lead: no chủ trì column). 'Đầu mỗi học "
            "kỳ' is a periodicity kept as printed."
        ),
        reporting=[{"what": "báo cáo kết quả về Hiệu trưởng", "due": "cuối mỗi học kỳ"}],
        variants=("lo.pdf", "docx"),
    )
)

# ------------------------------------------------------------------------------------------------ table-docx
_DAKLAK_ROWS = [
    [
        "1",
        "Tuyên truyền, vận động Nhân dân:\n• Chuyển đổi cơ cấu cây trồng thích ứng hạn hán;\n• Không đốt rơm rạ, bảo vệ môi trường nông thôn.",
        "Chi cục Trồng trọt và Bảo vệ thực vật",
        "Trung tâm Khuyến nông;\nHội Nông dân tỉnh",
        "Theo mùa vụ",
        "Tin, bài, tờ rơi",
    ],
    [
        "2",
        "Tổ chức đối thoại với người dân vùng dự án hồ chứa nước về bồi thường, hỗ trợ, tái định cư",
        "Ban Quản lý dự án",
        "UBND các xã vùng dự án",
        "Quý II và quý IV/2026",
        "Biên bản đối thoại",
    ],
    [
        "3",
        "Hướng dẫn, hỗ trợ thành lập tổ hợp tác, hợp tác xã nông nghiệp kiểu mới\nƯu tiên đồng bào dân tộc thiểu số",
        "Chi cục Phát triển nông thôn",
        "Liên minh Hợp tác xã tỉnh",
        "Từ tháng 3 đến tháng 11/2026",
        "",
    ],
    [
        "4",
        "Công khai quy hoạch sử dụng đất, kế hoạch sử dụng đất năm 2026",
        "Chi cục Quản lý đất đai",
        "Văn phòng Đăng ký đất đai",
        "Trước ngày 31/3/2026",
        "Thông báo công khai",
    ],
    [
        "5",
        "Giải quyết phản ánh, kiến nghị của tổ chức, cá nhân về thủ tục đất đai, môi trường",
        "Văn phòng Sở",
        "Thanh tra Sở",
        "Thường xuyên",
        "",
    ],
]
DOCUMENTS.append(
    Doc(
        name="table-docx-daklak-snnmt-kh",
        shape="table-docx",
        label_doc=meta(
            "Kế hoạch",
            "76/KH-SNNMT",
            "2026-02-10",
            "Sở Nông nghiệp và Môi trường tỉnh Đắk Lắk",
            "Đắk Lắk",
            "Triển khai công tác dân vận chính quyền năm 2026",
            "Võ Văn Tâm",
        ),
        citations=[cit("Kế hoạch", "25/KH-UBND", "2026-01-15", "UBND tỉnh")],
        body=[
            Letterhead(
                ["UBND TỈNH ĐẮK LẮK", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG"],
                NATIONAL,
                "Số: 76/KH-SNNMT",
                "Đắk Lắk, ngày 10 tháng 02 năm 2026",
            ),
            Para("KẾ HOẠCH", "center", bold=True),
            Para("Triển khai công tác dân vận chính quyền năm 2026", "center", bold=True),
            Para(
                "Thực hiện Kế hoạch số 25/KH-UBND ngày 15/01/2026 của UBND tỉnh về công tác dân vận chính quyền năm "
                "2026, Sở Nông nghiệp và Môi trường ban hành Kế hoạch triển khai như sau:"
            ),
            Para("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
            Para(
                "Gắn công tác dân vận với nhiệm vụ chuyên môn của ngành; lấy sự hài lòng của người dân làm thước đo."
            ),
            Para("II. NHIỆM VỤ CỤ THỂ", bold=True),
            TableEl(
                ["TT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian thực hiện", "Sản phẩm"],
                _DAKLAK_ROWS,
                [
                    task(
                        "1",
                        ["Chi cục Trồng trọt và Bảo vệ thực vật"],
                        ["Trung tâm Khuyến nông", "Hội Nông dân tỉnh"],
                        "Theo mùa vụ",
                    ),
                    task("2", ["Ban Quản lý dự án"], ["UBND các xã vùng dự án"], "Quý II và quý IV/2026"),
                    task(
                        "3",
                        ["Chi cục Phát triển nông thôn"],
                        ["Liên minh Hợp tác xã tỉnh"],
                        "Từ tháng 3 đến tháng 11/2026",
                    ),
                    task(
                        "4",
                        ["Chi cục Quản lý đất đai"],
                        ["Văn phòng Đăng ký đất đai"],
                        "Trước ngày 31/3/2026",
                    ),
                    task("5", ["Văn phòng Sở"], ["Thanh tra Sở"], "Thường xuyên"),
                ],
                landscape=True,
                widths=[1.0, 10.0, 4.5, 4.5, 3.5, 3.0],
            ),
            Para("III. TỔ CHỨC THỰC HIỆN", bold=True),
            Para("Văn phòng Sở theo dõi, tổng hợp, báo cáo UBND tỉnh trước ngày 05/12/2026./."),
            Signature(["- UBND tỉnh (b/c);", "- Lưu: VT, VP."], ["GIÁM ĐỐC"], "Võ Văn Tâm"),
        ],
        notes=(
            "Written for this corpus, modelled on department plans. The table has multi-paragraph cells, List "
            "Bullet paragraphs inside row 1's content cell and two paragraphs in a coordinating cell (one unit per "
            "paragraph, split into two units). The table sits in a landscape section between portrait pages."
        ),
        reporting=[{"what": "báo cáo UBND tỉnh", "due": "2026-12-05"}],
        variants=("docx", "lo.docx", "pdf"),
    )
)

_PHUONG_ROWS = [
    [
        "1",
        "Niêm yết công khai thủ tục hành chính, mức thu phí, lệ phí tại Bộ phận Một cửa",
        "Văn phòng HĐND và UBND phường",
        "Công chức Tư pháp - Hộ tịch",
        "Quý I/2026",
    ],
    ["2", "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính", "", "", "Năm 2026"],
    ["3", "Khảo sát mức độ hài lòng của người dân khi giải quyết thủ tục hành chính", "", "", "02 lần/năm"],
    [
        "4",
        "Vận động Nhân dân tham gia giữ gìn an ninh trật tự, xây dựng tổ dân phố văn minh",
        "Công an phường",
        "Ủy ban Mặt trận Tổ quốc Việt Nam phường; các tổ dân phố",
        "Thường xuyên",
    ],
    [
        "5",
        "Tổ chức diễn đàn “Lắng nghe ý kiến Nhân dân” tại các tổ dân phố",
        "Phòng Văn hóa - Xã hội",
        "Đoàn Thanh niên phường; Hội Liên hiệp Phụ nữ phường",
        "Tháng 8/2026",
    ],
]
DOCUMENTS.append(
    Doc(
        name="table-docx-haiduong-phuong-kh",
        shape="table-docx",
        label_doc=meta(
            "Kế hoạch",
            "58/KH-UBND",
            "2026-01-28",
            "Ủy ban nhân dân phường Thành Đông",
            "Thành Đông",
            "Thực hiện công tác dân vận chính quyền và dân chủ ở cơ sở năm 2026",
            "Lê Minh Đức",
        ),
        citations=[cit("Kế hoạch", "09-KH/ĐU", "2026-01-12", "Đảng ủy phường")],
        body=[
            Letterhead(
                ["ỦY BAN NHÂN DÂN", "PHƯỜNG THÀNH ĐÔNG"],
                NATIONAL,
                "Số: 58/KH-UBND",
                "Thành Đông, ngày 28 tháng 01 năm 2026",
            ),
            Para("KẾ HOẠCH", "center", bold=True),
            Para("Thực hiện công tác dân vận chính quyền và dân chủ ở cơ sở năm 2026", "center", bold=True),
            Para(
                "Thực hiện Kế hoạch số 09-KH/ĐU ngày 12/01/2026 của Đảng ủy phường về công tác dân vận năm 2026, "
                "Ủy ban nhân dân phường Thành Đông xây dựng kế hoạch như sau:"
            ),
            Para("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
            Para("Nâng cao chất lượng phục vụ Nhân dân của đội ngũ cán bộ, công chức phường."),
            Para("II. NỘI DUNG THỰC HIỆN", bold=True),
            TableEl(
                ["STT", "Nhiệm vụ", "Bộ phận chủ trì", "Bộ phận phối hợp", "Thời gian"],
                _PHUONG_ROWS,
                [
                    task(
                        "1", ["Văn phòng HĐND và UBND phường"], ["Công chức Tư pháp - Hộ tịch"], "Quý I/2026"
                    ),
                    task("2", ["Văn phòng HĐND và UBND phường"], ["Công chức Tư pháp - Hộ tịch"], "Năm 2026"),
                    task(
                        "3", ["Văn phòng HĐND và UBND phường"], ["Công chức Tư pháp - Hộ tịch"], "02 lần/năm"
                    ),
                    task(
                        "4",
                        ["Công an phường"],
                        ["Ủy ban Mặt trận Tổ quốc Việt Nam phường", "các tổ dân phố"],
                        "Thường xuyên",
                    ),
                    task(
                        "5",
                        ["Phòng Văn hóa - Xã hội"],
                        ["Đoàn Thanh niên phường", "Hội Liên hiệp Phụ nữ phường"],
                        "Tháng 8/2026",
                    ),
                ],
                vmerge=[(0, 2, 2), (0, 2, 3)],
                widths=[1.0, 7.0, 3.2, 3.2, 2.5],
            ),
            Para("III. TỔ CHỨC THỰC HIỆN", bold=True),
            Para(
                "Văn phòng HĐND và UBND phường tổng hợp kết quả, báo cáo Đảng ủy phường trước ngày 10/12/2026./."
            ),
            Signature(
                ["- Đảng ủy phường (b/c);", "- Lưu: VT."], ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], "Lê Minh Đức"
            ),
        ],
        notes=(
            "Written for this corpus, modelled on ward plans. Rows 1-3 share a vertically merged lead cell and "
            "coordinating cell (Word vMerge): a reader gives the merged unit to each of the three rows. The "
            "coordinating cell of row 4 ends with 'các tổ dân phố' (lower case, a collective), kept as printed."
        ),
        reporting=[{"what": "báo cáo Đảng ủy phường", "due": "2026-12-10"}],
        variants=("docx", "lo.docx", "pdf"),
    )
)

# ------------------------------------------------------------------------------------------------ prose-assign
DOCUMENTS.append(
    Doc(
        name="prose-assign-quangtri-xa-kh",
        shape="prose-assign",
        label_doc=meta(
            "Kế hoạch",
            "41/KH-UBND",
            "2026-03-16",
            "Ủy ban nhân dân xã Hải Lăng",
            "Hải Lăng",
            "Tăng cường công tác dân vận chính quyền năm 2026",
            "Hồ Văn Lâm",
        ),
        citations=[
            cit("Kế hoạch", "18/KH-UBND", "2026-02-20", "UBND tỉnh Quảng Trị"),
            cit("Chỉ thị", "33/CT-TTg", "2021-11-26", "Thủ tướng Chính phủ"),
        ],
        body=[
            Letterhead(
                ["ỦY BAN NHÂN DÂN", "XÃ HẢI LĂNG"],
                NATIONAL,
                "Số: 41/KH-UBND",
                "Hải Lăng, ngày 16 tháng 3 năm 2026",
            ),
            Para("KẾ HOẠCH", "center", bold=True),
            Para("Tăng cường công tác dân vận chính quyền năm 2026", "center", bold=True),
            Para(
                "Thực hiện Kế hoạch số 18/KH-UBND ngày 20/02/2026 của UBND tỉnh Quảng Trị và Chỉ thị số 33/CT-TTg "
                "ngày 26/11/2021 của Thủ tướng Chính phủ, Ủy ban nhân dân xã xây dựng Kế hoạch như sau:"
            ),
            Para("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
            Item("1.", "Nâng cao trách nhiệm của cán bộ, công chức trong thực thi công vụ."),
            Para("II. NỘI DUNG THỰC HIỆN", bold=True),
            Item(
                "1.",
                "Tổ chức tuyên truyền về phòng, chống dịch bệnh mùa mưa bão cho người dân các thôn. Giao Phòng "
                "Văn hóa - Xã hội chủ trì, phối hợp với Trạm Y tế xã và Đoàn Thanh niên xã thực hiện; xong "
                "trước ngày 15/11/2026.",
                task(
                    "1",
                    ["Phòng Văn hóa - Xã hội"],
                    ["Trạm Y tế xã", "Đoàn Thanh niên xã"],
                    "trước ngày 15/11/2026",
                ),
            ),
            Item(
                "2.",
                "Trong quý III/2026, Phòng Kinh tế chủ trì rà soát, hướng dẫn các hộ dân sản xuất theo quy "
                "trình VietGAP.",
                task("2", ["Phòng Kinh tế"], [], "Trong quý III/2026"),
            ),
            Item(
                "3.",
                "Công khai danh sách hộ nghèo, hộ cận nghèo tại nhà văn hóa các thôn (Văn phòng HĐND và UBND "
                "xã chủ trì, phối hợp với Ủy ban Mặt trận Tổ quốc Việt Nam xã; hoàn thành trong tháng 9/2026).",
                task(
                    "3",
                    ["Văn phòng HĐND và UBND xã"],
                    ["Ủy ban Mặt trận Tổ quốc Việt Nam xã"],
                    "hoàn thành trong tháng 9/2026",
                ),
            ),
            Item(
                "4.",
                "Vận động Nhân dân tham gia hiến đất mở rộng đường liên thôn. Đề nghị Ủy ban Mặt trận Tổ quốc "
                "Việt Nam xã và các đoàn thể chính trị - xã hội phối hợp tuyên truyền, vận động.",
                task(
                    "4", [], ["Ủy ban Mặt trận Tổ quốc Việt Nam xã", "các đoàn thể chính trị - xã hội"], None
                ),
            ),
            Item(
                "5.",
                "Phối hợp với Ban Chỉ huy Quân sự xã tổ chức tiễn thanh niên lên đường nhập ngũ.",
                task("5", [], ["Ban Chỉ huy Quân sự xã"], None),
            ),
            Item(
                "6.",
                "Giao Phó Chủ tịch UBND xã Trần Thị Hạnh chủ trì đối thoại với Nhân dân về bồi thường giải "
                "phóng mặt bằng dự án đường ven biển; định kỳ hằng quý.",
                task("6", ["Phó Chủ tịch UBND xã Trần Thị Hạnh"], [], "định kỳ hằng quý"),
            ),
            Item(
                "7.",
                "Tiếp tục duy trì tiếp công dân định kỳ vào ngày 15 hằng tháng của Chủ tịch UBND xã.",
                # the day of every month is a periodicity that governs the task (LABELING.md §3: inline periodicity)
                task("7", [], [], "ngày 15 hằng tháng"),
            ),
            Para("III. TỔ CHỨC THỰC HIỆN", bold=True),
            Para(
                "Văn phòng HĐND và UBND xã theo dõi, tổng hợp, báo cáo kết quả về UBND tỉnh trước ngày 05/12/2026./."
            ),
            Signature(
                ["- UBND tỉnh (b/c);", "- Đảng ủy xã;", "- Lưu: VT."],
                ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"],
                "Hồ Văn Lâm",
            ),
        ],
        notes=(
            "Written for this corpus, modelled on commune plans that assign in prose. Task 2: the timeframe comes "
            "before the assignment ('Trong quý III/2026, Phòng Kinh tế chủ trì …'). Task 3: the assignment is in a "
            "trailing parenthesis. Task 4: 'Đề nghị … phối hợp' asks bodies outside the administration to coordinate, "
            "so they are coord and there is no lead (judgment call). Task 5: 'Phối hợp với …' without a lead. Task "
            "6: a named official leads. Task 7: 'định kỳ vào ngày 15 hằng tháng của Chủ tịch' describes the citizen "
            "reception itself; no assignment, no deadline (judgment call)."
        ),
        reporting=[{"what": "báo cáo kết quả về UBND tỉnh", "due": "2026-12-05"}],
        variants=("txt", "docx", "pdf"),
    )
)

DOCUMENTS.append(
    Doc(
        name="prose-assign-angiang-sgd-kh",
        shape="prose-assign",
        label_doc=meta(
            "Kế hoạch",
            "930/KH-SGDĐT",
            "2026-04-08",
            "Sở Giáo dục và Đào tạo tỉnh An Giang",
            "An Giang",
            "Thực hiện Quy chế dân chủ ở cơ sở trong ngành giáo dục năm 2026",
            "Trần Thanh Phong",
        ),
        citations=[
            cit("Nghị định", "61/2023/NĐ-CP", "2023-08-16", "Chính phủ"),
            cit("Kế hoạch", "210/KH-UBND", "2026-03-18", "Ủy ban nhân dân tỉnh"),
        ],
        body=[
            Letterhead(
                ["UBND TỈNH AN GIANG", "SỞ GIÁO DỤC VÀ ĐÀO TẠO"],
                NATIONAL,
                "Số: 930/KH-SGDĐT",
                "An Giang, ngày 08 tháng 4 năm 2026",
            ),
            Para("KẾ HOẠCH", "center", bold=True),
            Para("Thực hiện Quy chế dân chủ ở cơ sở trong ngành giáo dục năm 2026", "center", bold=True),
            Para(
                "Căn cứ Nghị định số 61/2023/NĐ-CP ngày 16/8/2023 của Chính phủ về xây dựng và thực hiện hương ước, "
                "quy ước của cộng đồng dân cư; thực hiện Kế hoạch số 210/KH-UBND ngày 18/3/2026 của Ủy ban nhân dân "
                "tỉnh, Sở Giáo dục và Đào tạo ban hành Kế hoạch như sau:"
            ),
            Para("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
            Para("Bảo đảm quyền được biết, được tham gia ý kiến của giáo viên, học sinh và cha mẹ học sinh."),
            Para("II. NỘI DUNG VÀ GIẢI PHÁP", bold=True),
            Item("1.", "Công tác tuyên truyền", None),
            Item(
                "a)",
                "Phòng Giáo dục phổ thông chủ trì, phối hợp với Công đoàn ngành biên soạn tài liệu hỏi - đáp về "
                "dân chủ trong trường học, hoàn thành trước ngày 30/6/2026.",
                task(
                    "a", ["Phòng Giáo dục phổ thông"], ["Công đoàn ngành"], "hoàn thành trước ngày 30/6/2026"
                ),
            ),
            Item(
                "b)",
                "Các trường trung học phổ thông niêm yết công khai quy chế chi tiêu nội bộ trong tháng 9/2026.",
                task("b", ["Các trường trung học phổ thông"], [], "trong tháng 9/2026"),
            ),
            Item("2.", "Thực hiện dân chủ trong quản lý", None),
            Item(
                "a)",
                "Giao Văn phòng Sở chủ trì tổ chức Hội nghị cán bộ, công chức, viên chức cơ quan Sở; thời gian: "
                "tháng 01 hằng năm.",
                task("a", ["Văn phòng Sở"], [], "tháng 01 hằng năm"),
            ),
            Item(
                "b)",
                "Thanh tra Sở phối hợp với Phòng Tổ chức cán bộ kiểm tra việc thực hiện dân chủ tại 20 cơ sở "
                "giáo dục trong năm học 2026 - 2027.",
                task("b", ["Thanh tra Sở"], ["Phòng Tổ chức cán bộ"], "trong năm học 2026 - 2027"),
            ),
            Para("III. TỔ CHỨC THỰC HIỆN", bold=True),
            Para(
                "Các phòng thuộc Sở, các đơn vị trực thuộc báo cáo kết quả về Văn phòng Sở trước ngày 15/12/2026./."
            ),
            Signature(
                ["- UBND tỉnh (b/c);", "- Lưu: VT, VP."], ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], "Trần Thanh Phong"
            ),
        ],
        notes=(
            "Written for this corpus, modelled on department plans with inline assignments under topic headings "
            "(1., 2. are headings; a), b) are tasks). 'thời gian: tháng 01 hằng năm' is an inline labelled deadline. "
            "'Thanh tra Sở phối hợp với Phòng Tổ chức cán bộ kiểm tra' : the subject unit leads."
        ),
        reporting=[{"what": "báo cáo kết quả về Văn phòng Sở", "due": "2026-12-15"}],
        variants=("txt", "docx", "lo.pdf"),
    )
)

# ------------------------------------------------------------------------------------------------ per-agency
DOCUMENTS.append(
    Doc(
        name="per-agency-binhdinh-ubnd-kh",
        shape="per-agency",
        label_doc=meta(
            "Kế hoạch",
            "77/KH-UBND",
            "2026-02-26",
            "Ủy ban nhân dân tỉnh Bình Định",
            "Bình Định",
            "Triển khai phong trào thi đua “Dân vận khéo” năm 2026",
            "Lâm Hải Giang",
        ),
        citations=[cit("Kế hoạch", "55-KH/TU", "2026-01-30", "Ban Thường vụ Tỉnh ủy")],
        body=[
            Letterhead(
                ["ỦY BAN NHÂN DÂN", "TỈNH BÌNH ĐỊNH"],
                NATIONAL,
                "Số: 77/KH-UBND",
                "Bình Định, ngày 26 tháng 02 năm 2026",
            ),
            Para("KẾ HOẠCH", "center", bold=True),
            Para("Triển khai phong trào thi đua “Dân vận khéo” năm 2026", "center", bold=True),
            Para(
                "Thực hiện Kế hoạch số 55-KH/TU ngày 30/01/2026 của Ban Thường vụ Tỉnh ủy, Ủy ban nhân dân tỉnh ban "
                "hành Kế hoạch triển khai như sau:"
            ),
            Para("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
            Item(
                "1.",
                "Phong trào được triển khai sâu rộng, thiết thực, gắn với nhiệm vụ chính trị của từng cơ quan.",
            ),
            Item("2.", "Mỗi cơ quan, đơn vị đăng ký ít nhất 01 mô hình."),
            Para("II. TỔ CHỨC THỰC HIỆN", bold=True),
            Item("1.", "Sở Nội vụ:"),
            Item(
                "-",
                "Hướng dẫn các cơ quan, đơn vị đăng ký mô hình, hoàn thành trước ngày 31/3/2026.",
                task(None, ["Sở Nội vụ"], [], "hoàn thành trước ngày 31/3/2026"),
            ),
            Item(
                "-",
                "Theo dõi, đôn đốc, tổng hợp kết quả, tham mưu UBND tỉnh sơ kết, tổng kết phong trào.",
                task(None, ["Sở Nội vụ"], [], None),
            ),
            Item("2.", "Sở Giáo dục và Đào tạo:"),
            Item(
                "-",
                "Chỉ đạo các trường học xây dựng mô hình “Trường học thân thiện, học sinh tích cực”.",
                task(None, ["Sở Giáo dục và Đào tạo"], [], None),
            ),
            Item(
                "-",
                "Phối hợp với Tỉnh đoàn tổ chức hoạt động tình nguyện hè cho học sinh, sinh viên.",
                task(None, ["Sở Giáo dục và Đào tạo"], ["Tỉnh đoàn"], None),
            ),
            Item("3.", "Sở Văn hóa, Thể thao và Du lịch:"),
            Item(
                "-",
                "Tuyên truyền, nhân rộng các mô hình hay, cách làm hiệu quả trên các phương tiện thông tin đại chúng.",
                task(None, ["Sở Văn hóa, Thể thao và Du lịch"], [], None),
            ),
            Item("4.", "Ủy ban nhân dân các xã, phường:"),
            Item(
                "-",
                "Triển khai phong trào đến các thôn, khu phố; đăng ký mô hình gửi Sở Nội vụ trước ngày 15/3/2026.",
                task(None, ["Ủy ban nhân dân các xã, phường"], [], "trước ngày 15/3/2026"),
            ),
            Item(
                "-",
                "Lựa chọn mô hình tiêu biểu đề nghị khen thưởng.",
                task(None, ["Ủy ban nhân dân các xã, phường"], [], None),
            ),
            Para(
                "Các cơ quan, đơn vị báo cáo kết quả thực hiện về Sở Nội vụ trước ngày 20/11/2026 để tổng hợp./."
            ),
            Signature(
                ["- TT Tỉnh ủy (b/c);", "- Lưu: VT, NC."],
                ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"],
                "Lâm Hải Giang",
            ),
        ],
        notes=(
            "Written for this corpus, modelled on provincial plans that assign their content per agency under TỔ "
            "CHỨC THỰC HIỆN (no separate content section): each bullet is a task led by its heading's agency "
            "(LABELING §3 exception). The closing reporting sentence is reporting, not a task."
        ),
        reporting=[{"what": "báo cáo kết quả thực hiện về Sở Nội vụ", "due": "2026-11-20"}],
        variants=("txt", "docx", "pdf"),
    )
)

DOCUMENTS.append(
    Doc(
        name="per-agency-cantho-snv-kh",
        shape="per-agency",
        label_doc=meta(
            "Kế hoạch",
            "152/KH-SNV",
            "2026-05-04",
            "Sở Nội vụ thành phố Cần Thơ",
            "Cần Thơ",
            "Kiểm tra công tác dân vận chính quyền năm 2026",
            "Nguyễn Hoàng Ba",
        ),
        citations=[cit("Quyết định", "1002/QĐ-UBND", "2026-04-20", "Chủ tịch Ủy ban nhân dân thành phố")],
        body=[
            Letterhead(
                ["UBND THÀNH PHỐ CẦN THƠ", "SỞ NỘI VỤ"],
                NATIONAL,
                "Số: 152/KH-SNV",
                "Cần Thơ, ngày 04 tháng 5 năm 2026",
            ),
            Para("KẾ HOẠCH", "center", bold=True),
            Para("Kiểm tra công tác dân vận chính quyền năm 2026", "center", bold=True),
            Para(
                "Thực hiện Quyết định số 1002/QĐ-UBND ngày 20/4/2026 của Chủ tịch Ủy ban nhân dân thành phố, Sở Nội "
                "vụ xây dựng kế hoạch kiểm tra như sau:"
            ),
            Para("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
            Para("Đánh giá đúng thực chất kết quả thực hiện công tác dân vận chính quyền tại cơ sở."),
            Para("II. TRÁCH NHIỆM THỰC HIỆN", bold=True),
            Item("a)", "Phòng Xây dựng chính quyền"),
            Item(
                "-",
                "Xây dựng đề cương kiểm tra, gửi các đơn vị trước ngày 20/5/2026.",
                task(None, ["Phòng Xây dựng chính quyền"], [], "trước ngày 20/5/2026"),
            ),
            Item(
                "-",
                "Chủ trì đoàn kiểm tra tại 09 phường, xã trong tháng 6, 7/2026.",
                task(None, ["Phòng Xây dựng chính quyền"], [], "trong tháng 6, 7/2026"),
            ),
            Item("b)", "Văn phòng Sở"),
            Item(
                "-",
                "Bảo đảm phương tiện, kinh phí cho đoàn kiểm tra.",
                task(None, ["Văn phòng Sở"], [], None),
            ),
            Item("c)", "Ủy ban nhân dân các xã, phường được kiểm tra"),
            Item(
                "-",
                "Chuẩn bị báo cáo, hồ sơ minh chứng theo đề cương.",
                task(None, ["Ủy ban nhân dân các xã, phường được kiểm tra"], [], None),
            ),
            Item(
                "-",
                "Bố trí thành phần làm việc với đoàn kiểm tra.",
                task(None, ["Ủy ban nhân dân các xã, phường được kiểm tra"], [], None),
            ),
            Para("Kết thúc kiểm tra, Phòng Xây dựng chính quyền báo cáo Giám đốc Sở trước ngày 15/8/2026./."),
            Signature(["- UBND thành phố (b/c);", "- Lưu: VT, XDCQ."], ["GIÁM ĐỐC"], "Nguyễn Hoàng Ba"),
        ],
        notes=(
            "Written for this corpus. Responsibilities grouped by agency under 'TRÁCH NHIỆM THỰC HIỆN' with lettered "
            "agency headings without a colon; each bullet is a task led by the heading's agency."
        ),
        reporting=[{"what": "báo cáo Giám đốc Sở", "due": "2026-08-15"}],
        variants=("txt", "docx"),
    )
)

# ------------------------------------------------------------------------------------------------ field-lines
DOCUMENTS.append(
    Doc(
        name="field-lines-hatinh-sct-kh",
        shape="field-lines",
        label_doc=meta(
            "Kế hoạch",
            "318/KH-SCT",
            "2026-03-03",
            "Sở Công Thương tỉnh Hà Tĩnh",
            "Hà Tĩnh",
            "Thực hiện công tác dân vận chính quyền năm 2026",
            "Bùi Đức Thắng",
        ),
        citations=[cit("Kế hoạch", "88/KH-UBND", "2026-02-05", "UBND tỉnh")],
        body=[
            Letterhead(
                ["UBND TỈNH HÀ TĨNH", "SỞ CÔNG THƯƠNG"],
                NATIONAL,
                "Số: 318/KH-SCT",
                "Hà Tĩnh, ngày 03 tháng 3 năm 2026",
            ),
            Para("KẾ HOẠCH", "center", bold=True),
            Para("Thực hiện công tác dân vận chính quyền năm 2026", "center", bold=True),
            Para(
                "Thực hiện Kế hoạch số 88/KH-UBND ngày 05/02/2026 của UBND tỉnh, Sở Công Thương ban hành Kế hoạch như sau:"
            ),
            Para("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
            Para("Nâng cao ý thức phục vụ doanh nghiệp và Nhân dân của công chức, viên chức Sở."),
            Para("II. NỘI DUNG THỰC HIỆN", bold=True),
            Item(
                "a)",
                "Hỗ trợ doanh nghiệp tháo gỡ khó khăn trong sản xuất, kinh doanh; tổ chức gặp mặt doanh nghiệp.",
                task("a", ["Phòng Quản lý Công nghiệp"], ["Hiệp hội Doanh nghiệp tỉnh"], "Quý II/2026"),
            ),
            Para("Chủ trì: Phòng Quản lý Công nghiệp."),
            Para("Phối hợp: Hiệp hội Doanh nghiệp tỉnh."),
            Para("Thời gian: Quý II/2026."),
            Item(
                "b)",
                "Kiểm tra, xử lý hàng giả, hàng kém chất lượng, gian lận thương mại.",
                task(
                    "b",
                    ["Chi cục Quản lý thị trường"],
                    ["Công an tỉnh", "Cục Hải quan"],
                    "Cao điểm trước, trong và sau Tết Nguyên đán",
                ),
            ),
            Para("Chủ trì: Chi cục Quản lý thị trường."),
            Para("Phối hợp: Công an tỉnh, Cục Hải quan."),
            Para("Thời gian: Cao điểm trước, trong và sau Tết Nguyên đán."),
            Item(
                "c)",
                "Cung cấp điện ổn định cho sản xuất nông nghiệp, tuyên truyền sử dụng điện an toàn, tiết kiệm:",
                task(
                    "c",
                    ["Phòng Quản lý Năng lượng"],
                    ["Công ty Điện lực Hà Tĩnh"],
                    "Từ tháng 4 đến tháng 9/2026",
                ),
            ),
            Item("-", "Rà soát lưới điện nông thôn trước mùa mưa bão;"),
            Item("-", "Tuyên truyền tại các thôn, xóm về sử dụng điện an toàn."),
            Para("Chủ trì: Phòng Quản lý Năng lượng."),
            Para("Phối hợp: Công ty Điện lực Hà Tĩnh."),
            Para("Thời gian: Từ tháng 4 đến tháng 9/2026."),
            Item(
                "d)",
                "Hướng dẫn thủ tục hành chính lĩnh vực công thương tại Trung tâm Phục vụ hành chính công tỉnh.",
                task("d", ["Văn phòng Sở"], [], "Thường xuyên"),
            ),
            Para("Đơn vị thực hiện: Văn phòng Sở."),
            Para("Tiến độ: Thường xuyên."),
            Para("III. TỔ CHỨC THỰC HIỆN", bold=True),
            Para("Văn phòng Sở tổng hợp kết quả, báo cáo UBND tỉnh trước ngày 30/11/2026./."),
            Signature(["- UBND tỉnh (b/c);", "- Lưu: VT, VP."], ["GIÁM ĐỐC"], "Bùi Đức Thắng"),
        ],
        notes=(
            "Written for this corpus. Items a)–d) each followed by field lines 'Chủ trì: … / Phối hợp: … / Thời "
            "gian: …' (or 'Đơn vị thực hiện' / 'Tiến độ'); item c) has two bullets before its block, which belong to "
            "the item (one task). 'Công an tỉnh, Cục Hải quan' are two bodies."
        ),
        reporting=[{"what": "báo cáo UBND tỉnh", "due": "2026-11-30"}],
        variants=("txt", "docx", "pdf"),
    )
)

DOCUMENTS.append(
    Doc(
        name="field-lines-ninhthuan-bhxh-kh",
        shape="field-lines",
        label_doc=meta(
            "Kế hoạch",
            "25/KH-BHXH",
            "2026-01-14",
            "Bảo hiểm xã hội tỉnh Ninh Thuận",
            "Ninh Thuận",
            "Công tác dân vận năm 2026",
            "Đặng Thị Mai",
        ),
        citations=[],
        body=[
            Letterhead(
                ["BẢO HIỂM XÃ HỘI VIỆT NAM", "BẢO HIỂM XÃ HỘI TỈNH NINH THUẬN"],
                NATIONAL,
                "Số: 25/KH-BHXH",
                "Ninh Thuận, ngày 14 tháng 01 năm 2026",
            ),
            Para("KẾ HOẠCH", "center", bold=True),
            Para("Công tác dân vận năm 2026", "center", bold=True),
            Para("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
            Para(
                "Mở rộng diện bao phủ bảo hiểm xã hội, bảo hiểm y tế; nâng cao chất lượng phục vụ người tham gia."
            ),
            Para("II. NHIỆM VỤ", bold=True),
            Item(
                "-",
                "Tổ chức hội nghị đối thoại với người lao động và doanh nghiệp về chính sách bảo hiểm xã hội.",
                task(
                    None,
                    ["Phòng Truyền thông và Phát triển người tham gia"],
                    ["Liên đoàn Lao động tỉnh"],
                    "Tháng 5/2026",
                ),
            ),
            Item("+", "Bộ phận chủ trì: Phòng Truyền thông và Phát triển người tham gia"),
            Item("+", "Bộ phận phối hợp: Liên đoàn Lao động tỉnh"),
            Item("+", "Thời hạn hoàn thành: Tháng 5/2026"),
            Item(
                "-",
                "Chi trả lương hưu, trợ cấp bảo hiểm xã hội đúng hạn, tận tay người hưởng.",
                task(None, ["Phòng Kế hoạch - Tài chính"], ["Bưu điện tỉnh"], "Hằng tháng"),
            ),
            Item("+", "Bộ phận chủ trì: Phòng Kế hoạch - Tài chính"),
            Item("+", "Bộ phận phối hợp: Bưu điện tỉnh"),
            Item("+", "Thời hạn hoàn thành: Hằng tháng"),
            Item(
                "-",
                "Giải quyết phản ánh của người dân qua đường dây nóng trong 03 ngày làm việc.",
                task(None, ["Văn phòng"], [], "Thường xuyên"),
            ),
            Item("+", "Bộ phận chủ trì: Văn phòng"),
            Item("+", "Thời hạn hoàn thành: Thường xuyên"),
            Para("III. TỔ CHỨC THỰC HIỆN", bold=True),
            Para("Văn phòng theo dõi, báo cáo Giám đốc kết quả thực hiện định kỳ 6 tháng./."),
            Signature(["- BHXH Việt Nam (b/c);", "- Lưu: VT, VP."], ["GIÁM ĐỐC"], "Đặng Thị Mai"),
        ],
        notes=(
            "Written for this corpus; a public service body outside the people's committees. Bullets each followed "
            "by '+ Bộ phận chủ trì: … / + Bộ phận phối hợp: … / + Thời hạn hoàn thành: …' field lines. No cited "
            "document has a number."
        ),
        reporting=[],
        variants=("txt", "docx"),
    )
)

# ------------------------------------------------------------------------------------------------ report
DOCUMENTS.append(
    Doc(
        name="report-gialai-sxd-bc",
        shape="report",
        label_doc=meta(
            "Báo cáo",
            "64/BC-SXD",
            "2026-06-12",
            "Sở Xây dựng tỉnh Gia Lai",
            "Gia Lai",
            "Kết quả thực hiện công tác dân vận chính quyền 6 tháng đầu năm, phương hướng, nhiệm vụ 6 "
            "tháng cuối năm 2026",
            "Phan Văn Tú",
        ),
        citations=[cit("Kế hoạch", "30/KH-SXD", "2026-02-01", None)],
        body=[
            Letterhead(
                ["UBND TỈNH GIA LAI", "SỞ XÂY DỰNG"],
                NATIONAL,
                "Số: 64/BC-SXD",
                "Gia Lai, ngày 12 tháng 6 năm 2026",
            ),
            Para("BÁO CÁO", "center", bold=True),
            Para(
                "Kết quả thực hiện công tác dân vận chính quyền 6 tháng đầu năm, phương hướng, nhiệm vụ 6 tháng cuối "
                "năm 2026",
                "center",
                bold=True,
            ),
            Para("I. KẾT QUẢ THỰC HIỆN", bold=True),
            Item("1.", "Công tác lãnh đạo, chỉ đạo"),
            Para(
                "Sở đã ban hành Kế hoạch số 30/KH-SXD ngày 01/02/2026 triển khai công tác dân vận chính quyền; tổ "
                "chức 02 hội nghị quán triệt với 145 lượt công chức, viên chức tham dự."
            ),
            Item("2.", "Kết quả cụ thể"),
            Item(
                "-", "Tiếp nhận 1.284 hồ sơ thủ tục hành chính, giải quyết đúng hạn 1.270 hồ sơ (đạt 98,9%)."
            ),
            Item("-", "Tổ chức 03 cuộc đối thoại với người dân về quy hoạch đô thị."),
            Item("3.", "Hạn chế, nguyên nhân"),
            Para("Một số hồ sơ còn chậm do phải lấy ý kiến nhiều cơ quan."),
            Para("II. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2026", bold=True),
            Item(
                "-",
                "Tiếp tục quán triệt, thực hiện nghiêm quy tắc ứng xử của công chức, viên chức trong giao tiếp "
                "với người dân.",
                task(None),
                word=True,
            ),
            Item(
                "-",
                "Đẩy mạnh giải quyết thủ tục hành chính trên môi trường điện tử, phấn đấu 100% hồ sơ đúng hạn.",
                task(None),
                word=True,
            ),
            Item(
                "-",
                "Phối hợp với UBND các xã, phường tuyên truyền, vận động Nhân dân chấp hành quy định về trật tự "
                "xây dựng.",
                task(None, [], ["UBND các xã, phường"]),
                word=True,
            ),
            Item(
                "-",
                "Tổ chức sơ kết mô hình “Dân vận khéo” của Sở trong quý IV/2026.",
                task(None, [], [], "trong quý IV/2026"),
                word=True,
            ),
            Para("III. ĐỀ XUẤT, KIẾN NGHỊ", bold=True),
            Item(
                "-",
                "Đề nghị UBND tỉnh bố trí kinh phí tập huấn kỹ năng dân vận cho công chức cấp xã.",
                word=True,
            ),
            Item("-", "Đề nghị Sở Nội vụ hướng dẫn tiêu chí đánh giá mô hình “Dân vận khéo”.", word=True),
            Para(
                "Trên đây là báo cáo kết quả công tác dân vận chính quyền 6 tháng đầu năm 2026 của Sở Xây dựng./."
            ),
            Signature(["- Sở Nội vụ;", "- Lưu: VT, VP."], ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], "Phan Văn Tú"),
        ],
        notes=(
            "Written for this corpus, modelled on six-month reports. Results with figures (section I) are not tasks; "
            "the 'PHƯƠNG HƯỚNG, NHIỆM VỤ' bullets are tasks (Word List Bullet paragraphs in the DOCX: no bullet "
            "character in the text; in the .txt they are plain paragraphs); 'ĐỀ XUẤT, KIẾN NGHỊ' is not. The "
            "self-reference 30/KH-SXD is the issuer's own earlier plan, cited with its number (issuer not stated "
            "next to it)."
        ),
        variants=("txt", "docx", "pdf"),
    )
)

DOCUMENTS.append(
    Doc(
        name="report-vinhlong-xa-bc",
        shape="report",
        label_doc=meta(
            "Báo cáo",
            "102/BC-UBND",
            "2026-11-25",
            "Ủy ban nhân dân xã Long Hồ",
            "Long Hồ",
            "Tổng kết công tác dân vận chính quyền năm 2026 và nhiệm vụ năm 2027",
            "Huỳnh Văn Sang",
        ),
        citations=[cit("Kế hoạch", "12/KH-UBND", "2026-01-10", "UBND xã")],
        body=[
            Letterhead(
                ["ỦY BAN NHÂN DÂN", "XÃ LONG HỒ"],
                NATIONAL,
                "Số: 102/BC-UBND",
                "Long Hồ, ngày 25 tháng 11 năm 2026",
            ),
            Para("BÁO CÁO", "center", bold=True),
            Para("Tổng kết công tác dân vận chính quyền năm 2026 và nhiệm vụ năm 2027", "center", bold=True),
            Para(
                "Thực hiện Kế hoạch số 12/KH-UBND ngày 10/01/2026 của UBND xã, Ủy ban nhân dân xã báo cáo kết quả như sau:"
            ),
            Para("Phần I. KẾT QUẢ ĐẠT ĐƯỢC", bold=True),
            Para(
                "Trong năm, xã đã tổ chức 12 buổi tiếp công dân, tiếp nhận 37 đơn; giải quyết dứt điểm 35 đơn, đạt 94,6%."
            ),
            TableEl(
                ["STT", "Nội dung", "Số lượng", "Tỷ lệ (%)", "Ghi chú"],
                [
                    ["1", "Hồ sơ thủ tục hành chính tiếp nhận", "2.315", "100", ""],
                    ["2", "Hồ sơ giải quyết đúng hạn", "2.301", "99,4", ""],
                    ["3", "Mô hình “Dân vận khéo” được công nhận", "4", "", "Cấp tỉnh: 01"],
                ],
                [None, None, None],
                widths=[1.0, 8.0, 2.5, 2.5, 2.5],
            ),
            Para("Phần II. NHIỆM VỤ NĂM 2027", bold=True),
            Item(
                "1.",
                "Tiếp tục thực hiện tốt Quy chế dân chủ ở cơ sở, công khai các khoản đóng góp của Nhân dân.",
                task("1"),
            ),
            Item("2.", "Nâng cao chất lượng tiếp công dân, giải quyết đơn thư ngay từ thôn, ấp.", task("2")),
            Item(
                "3.",
                "Văn phòng HĐND và UBND xã chủ trì rà soát, chuẩn hóa quy trình tiếp nhận hồ sơ trên Cổng "
                "Dịch vụ công trước ngày 31/3/2027.",
                task("3", ["Văn phòng HĐND và UBND xã"], [], "trước ngày 31/3/2027"),
            ),
            Para("Phần III. KIẾN NGHỊ", bold=True),
            Item("1.", "Đề nghị UBND tỉnh quan tâm đầu tư trang thiết bị cho Bộ phận Một cửa."),
            Para("Trên đây là báo cáo của Ủy ban nhân dân xã Long Hồ./."),
            Signature(["- Đảng ủy xã;", "- Lưu: VT."], ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], "Huỳnh Văn Sang"),
        ],
        notes=(
            "Written for this corpus. A year-end report: the statistics table (STT | Nội dung | Số lượng | Tỷ lệ) is "
            "not a task table; 'Phần II. NHIỆM VỤ NĂM 2027' items are tasks; 'Phần III. KIẾN NGHỊ' is not."
        ),
        variants=("txt", "docx", "pdf"),
    )
)

# ------------------------------------------------------------------------------------------------ non-task-tables
DOCUMENTS.append(
    Doc(
        name="non-task-tables-tayninh-snv-cv",
        shape="non-task-tables",
        label_doc=meta(
            "Công văn",
            "1185/SNV-XDCQ",
            "2026-10-20",
            "Sở Nội vụ tỉnh Tây Ninh",
            "Tây Ninh",
            "báo cáo kết quả công tác dân vận chính quyền năm 2026",
            "Lê Thị Thu Hà",
        ),
        citations=[cit("Kế hoạch", "340/KH-UBND", "2026-01-22", "UBND tỉnh")],
        body=[
            Letterhead(
                ["UBND TỈNH TÂY NINH", "SỞ NỘI VỤ"],
                NATIONAL,
                "Số: 1185/SNV-XDCQ",
                "Tây Ninh, ngày 20 tháng 10 năm 2026",
                ["V/v báo cáo kết quả công tác dân vận chính quyền năm 2026"],
            ),
            Para("Kính gửi:", "center"),
            Para("- Các sở, ban, ngành tỉnh;"),
            Para("- Ủy ban nhân dân các xã, phường."),
            Para(
                "Thực hiện Kế hoạch số 340/KH-UBND ngày 22/01/2026 của UBND tỉnh, Sở Nội vụ đề nghị các cơ quan, "
                "đơn vị báo cáo kết quả thực hiện công tác dân vận chính quyền năm 2026 theo đề cương và biểu mẫu "
                "kèm theo, gửi về Sở Nội vụ trước ngày 20/11/2026.",
            ),
            Para("Trân trọng./."),
            Signature(["- Như trên;", "- Lưu: VT, XDCQ."], ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], "Lê Thị Thu Hà"),
            PageBreak(),
            Para("ĐỀ CƯƠNG BÁO CÁO", "center", bold=True),
            Para("(Kèm theo Công văn số 1185/SNV-XDCQ ngày 20/10/2026 của Sở Nội vụ)", "center", italic=True),
            Para("I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO", bold=True),
            Item("1.", "Việc ban hành văn bản triển khai công tác dân vận chính quyền."),
            Item("2.", "Công tác tuyên truyền, quán triệt."),
            Para("II. KẾT QUẢ THỰC HIỆN NHIỆM VỤ", bold=True),
            Item("1.", "Kết quả thực hiện dân chủ ở cơ sở."),
            Item("2.", "Kết quả phong trào thi đua “Dân vận khéo”."),
            Para("III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2027", bold=True),
            Para("Biểu số 01", "right", bold=True),
            Para("TỔNG HỢP MÔ HÌNH “DÂN VẬN KHÉO” NĂM 2026", "center", bold=True),
            TableEl(
                ["STT", "Tên mô hình", "Đơn vị thực hiện", "Lĩnh vực", "Thời gian thực hiện", "Kết quả"],
                [["1", "", "", "", "", ""], ["2", "", "", "", "", ""]],
                [None, None],
                widths=[1.0, 5.0, 3.0, 2.5, 2.5, 2.0],
            ),
            Para("Biểu số 02", "right", bold=True),
            Para("KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ ĐƯỢC GIAO", "center", bold=True),
            TableEl(
                [
                    "STT",
                    "Nội dung nhiệm vụ",
                    "Đơn vị chủ trì",
                    "Thời gian hoàn thành",
                    "Kết quả thực hiện",
                    "Ghi chú",
                ],
                [["1", "Nhiệm vụ…", "", "", "", ""], ["2", "…", "", "", "", ""]],
                [None, None],
                widths=[1.0, 5.0, 3.0, 2.5, 2.5, 2.0],
            ),
        ],
        notes=(
            "Written for this corpus. A công văn asking for a report, with an 'Đề cương báo cáo' annex and two "
            "report templates ('Biểu số 01', 'Biểu số 02'). Relabelled in round 3: the letter's only request is to "
            "send a report, a reporting obligation (LABELING.md §4), not a task (as the blind label of "
            "non-task-tables-khanhhoa-snv-cv read the same request); the letter holds no task. "
            "Neither the outline's items nor the empty template rows are tasks. The title is the V/v line. The "
            "annex's '(Kèm theo Công văn số 1185/SNV-XDCQ …)' is a self-reference."
        ),
        reporting=[
            {"what": "báo cáo kết quả thực hiện công tác dân vận chính quyền năm 2026", "due": "2026-11-20"}
        ],
        variants=("docx", "pdf", "txt"),
    )
)

DOCUMENTS.append(
    Doc(
        name="non-task-tables-quangbinh-snn-kh",
        shape="non-task-tables",
        label_doc=meta(
            "Kế hoạch",
            "205/KH-SNN",
            "2026-03-20",
            "Sở Nông nghiệp và Môi trường tỉnh Quảng Bình",
            "Quảng Bình",
            "Xây dựng và nhân rộng mô hình “Dân vận khéo” năm 2026",
            "Trương An Ninh",
        ),
        citations=[],
        body=[
            Letterhead(
                ["UBND TỈNH QUẢNG BÌNH", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG"],
                NATIONAL,
                "Số: 205/KH-SNN",
                "Quảng Bình, ngày 20 tháng 3 năm 2026",
            ),
            Para("KẾ HOẠCH", "center", bold=True),
            Para("Xây dựng và nhân rộng mô hình “Dân vận khéo” năm 2026", "center", bold=True),
            Para("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
            Para("Phát hiện, bồi dưỡng, nhân rộng các mô hình có hiệu quả trong ngành."),
            Para("II. NỘI DUNG THỰC HIỆN", bold=True),
            Item(
                "1.",
                "Hướng dẫn các đơn vị đăng ký mô hình “Dân vận khéo”; hoàn thành trước ngày 15/4/2026.",
                task("1", [], [], "hoàn thành trước ngày 15/4/2026"),
            ),
            Item(
                "2.",
                "Tổ chức khảo sát, đánh giá các mô hình đã đăng ký trong quý III/2026.",
                task("2", [], [], "trong quý III/2026"),
            ),
            Item(
                "3.",
                "Biểu dương, khen thưởng mô hình tiêu biểu nhân Ngày truyền thống công tác dân vận 15/10.",
                task("3"),
            ),
            Para("III. TỔ CHỨC THỰC HIỆN", bold=True),
            Para("Văn phòng Sở là đầu mối tham mưu thực hiện kế hoạch./."),
            Signature(["- UBND tỉnh (b/c);", "- Lưu: VT, VP."], ["GIÁM ĐỐC"], "Trương An Ninh"),
            PageBreak(),
            Para("DANH SÁCH MÔ HÌNH “DÂN VẬN KHÉO” ĐÃ ĐĂNG KÝ", "center", bold=True),
            Para("(Kèm theo Kế hoạch số 205/KH-SNN ngày 20/3/2026)", "center", italic=True),
            TableEl(
                ["STT", "Tên mô hình", "Đơn vị thực hiện", "Nội dung chủ yếu", "Thời gian thực hiện"],
                [
                    [
                        "1",
                        "Nông dân sản xuất lúa hữu cơ",
                        "Chi cục Trồng trọt",
                        "Hướng dẫn quy trình canh tác hữu cơ",
                        "Năm 2026",
                    ],
                    [
                        "2",
                        "Chung tay bảo vệ rừng đầu nguồn",
                        "Chi cục Kiểm lâm",
                        "Giao khoán bảo vệ rừng cho cộng đồng",
                        "Năm 2026",
                    ],
                    [
                        "3",
                        "Cánh đồng không rác thải nhựa",
                        "Chi cục Bảo vệ môi trường",
                        "Thu gom vỏ bao bì thuốc bảo vệ thực vật",
                        "Quý II/2026",
                    ],
                ],
                [None, None, None],
                widths=[1.0, 4.5, 3.5, 5.0, 2.5],
            ),
        ],
        notes=(
            "Written for this corpus. The plan's three content items are tasks; the appendix lists registered "
            "'Dân vận khéo' models (columns Tên mô hình | Đơn vị thực hiện | Nội dung chủ yếu | Thời gian thực "
            "hiện), which are not tasks even though its header has a content, a unit and a time column. Item 3's "
            "'nhân Ngày truyền thống … 15/10' is an occasion, not a timeframe."
        ),
        variants=("docx", "pdf", "lo.docx"),
    )
)

# ------------------------------------------------------------------------------------------------ congvan
DOCUMENTS.append(
    Doc(
        name="congvan-kontum-ubnd-cv",
        shape="congvan",
        label_doc=meta(
            "Công văn",
            "2214/UBND-NC",
            "2026-07-09",
            "Ủy ban nhân dân tỉnh Kon Tum",
            "Kon Tum",
            "tăng cường công tác dân vận trong thực hiện các dự án trọng điểm",
            "Y Ngọc",
        ),
        citations=[cit("Kết luận", "114-KL/TW", "2021-07-14", "Ban Bí thư")],
        body=[
            Letterhead(
                ["ỦY BAN NHÂN DÂN", "TỈNH KON TUM"],
                NATIONAL,
                "Số: 2214/UBND-NC",
                "Kon Tum, ngày 09 tháng 7 năm 2026",
                ["V/v tăng cường công tác dân vận trong", "thực hiện các dự án trọng điểm"],
            ),
            Para("Kính gửi:", "center"),
            Para("- Các sở: Nội vụ, Xây dựng, Nông nghiệp và Môi trường;"),
            Para("- Ủy ban nhân dân các xã, phường có dự án đi qua."),
            Para(
                "Thực hiện Kết luận số 114-KL/TW ngày 14/7/2021 của Ban Bí thư về nâng cao hiệu quả công tác dân vận "
                "của cơ quan nhà nước, chính quyền các cấp; để bảo đảm tiến độ giải phóng mặt bằng các dự án trọng "
                "điểm, Ủy ban nhân dân tỉnh yêu cầu các cơ quan, đơn vị triển khai một số nội dung sau:"
            ),
            Item(
                "1.",
                "Công khai, minh bạch phương án bồi thường, hỗ trợ, tái định cư; tổ chức đối thoại với người dân "
                "có đất bị thu hồi trước ngày 30/8/2026.",
                task("1", ["các cơ quan, đơn vị"], [], "trước ngày 30/8/2026"),
            ),
            Item(
                "2.",
                "Sở Xây dựng chủ trì, phối hợp với Sở Nông nghiệp và Môi trường hướng dẫn xác định giá đất tái "
                "định cư.",
                task("2", ["Sở Xây dựng"], ["Sở Nông nghiệp và Môi trường"], None),
            ),
            Item(
                "3.",
                "Sở Nội vụ theo dõi, tổng hợp, báo cáo Ủy ban nhân dân tỉnh kết quả thực hiện trước ngày "
                "15/9/2026.",
                task("3", ["Sở Nội vụ"], [], "trước ngày 15/9/2026"),
            ),
            Para("Yêu cầu các cơ quan, đơn vị nghiêm túc triển khai thực hiện./."),
            Signature(
                ["- Như trên;", "- CT, các PCT UBND tỉnh;", "- Lưu: VT, NC."],
                ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"],
                "Y Ngọc",
            ),
        ],
        notes=(
            "Written for this corpus. A công văn with the V/v line split over two lines under the number, a "
            "'Kính gửi:' list and a numbered list of requests: the lead-in 'yêu cầu các cơ quan, đơn vị triển khai "
            "một số nội dung sau:' gives its unit to items that name no actor (item 1). The signer's name is a "
            "two-syllable Central Highlands name."
        ),
        variants=("txt", "docx", "pdf"),
    )
)

DOCUMENTS.append(
    Doc(
        name="congvan-hue-syt-cv",
        shape="congvan",
        label_doc=meta(
            "Công văn",
            "3021/SYT-VP",
            "2026-09-15",
            "Sở Y tế thành phố Huế",
            "Huế",
            "tăng cường thực hiện quy tắc ứng xử tại các cơ sở khám bệnh, chữa bệnh",
            "Nguyễn Đình Tuấn",
        ),
        citations=[cit("Công văn", "1450/UBND-VX", "2026-08-28", "Ủy ban nhân dân thành phố")],
        body=[
            Letterhead(
                ["UBND THÀNH PHỐ HUẾ", "SỞ Y TẾ"],
                NATIONAL,
                "Số: 3021/SYT-VP",
                "Huế, ngày 15 tháng 9 năm 2026",
                ["V/v tăng cường thực hiện quy tắc ứng xử tại", "các cơ sở khám bệnh, chữa bệnh"],
            ),
            Para("Kính gửi: Các bệnh viện, trung tâm y tế trực thuộc Sở.", "center"),
            Para(
                "Thực hiện Công văn số 1450/UBND-VX ngày 28/8/2026 của Ủy ban nhân dân thành phố về chấn chỉnh thái "
                "độ phục vụ người bệnh, Sở Y tế đề nghị Thủ trưởng các đơn vị tiếp tục quán triệt, thực hiện nghiêm "
                "quy tắc ứng xử của viên chức, người lao động; xử lý nghiêm các trường hợp vi phạm và báo cáo kết "
                "quả về Sở Y tế (qua Văn phòng Sở) trước ngày 30/10/2026.",
                task=task(
                    None,
                    ["Thủ trưởng các đơn vị"],
                    [],
                    "trước ngày 30/10/2026",
                ),
            ),
            Para("Nhận được Công văn này, đề nghị các đơn vị nghiêm túc triển khai thực hiện./."),
            Signature(["- Như trên;", "- Lưu: VT, VP."], ["GIÁM ĐỐC"], "Nguyễn Đình Tuấn"),
        ],
        notes=(
            "Written for this corpus. A one-paragraph công văn: the request to the heads of the units is the one "
            "task; its deadline is the report deadline in the same sentence. 'Kính gửi:' on one line. The task "
            "is the whole sentence, so text_start is its start (LABELING.md §3; until round 6 it started at the "
            "request, 'Tiếp tục quán triệt …')."
        ),
        reporting=[{"what": "báo cáo kết quả về Sở Y tế", "due": "2026-10-30"}],
        variants=("txt", "docx", "pdf", "scan.pdf"),
    )
)

# ------------------------------------------------------------------------------------------------ party
DOCUMENTS.append(
    Doc(
        name="party-tuyenquang-bdvtu-kh",
        shape="party",
        label_doc=meta(
            "Kế hoạch",
            "215-KH/BDVTU",
            "2026-03-20",
            "Ban Dân vận Tỉnh ủy Tuyên Quang",
            "Tuyên Quang",
            "Tổ chức các hoạt động hưởng ứng phong trào thi đua “Dân vận khéo” năm 2026",
            "Ma Thị Thúy",
        ),
        citations=[
            cit("Quyết định", "23-QĐ/TW", "2021-07-30", "Bộ Chính trị"),
            cit("Hướng dẫn", "45-HD/BDVTW", "2026-02-10", "Ban Dân vận Trung ương"),
        ],
        body=[
            Letterhead(
                ["TỈNH ỦY TUYÊN QUANG", "BAN DÂN VẬN", "*"],
                PARTY,
                "Số 215-KH/BDVTU",
                "Tuyên Quang, ngày 20 tháng 3 năm 2026",
            ),
            Para("KẾ HOẠCH", "center", bold=True),
            Para(
                "tổ chức các hoạt động hưởng ứng phong trào thi đua “Dân vận khéo” năm 2026",
                "center",
                bold=True,
            ),
            Para("-----", "center"),
            Para(
                "Thực hiện Quyết định số 23-QĐ/TW ngày 30/7/2021 của Bộ Chính trị và Hướng dẫn số 45-HD/BDVTW ngày "
                "10/02/2026 của Ban Dân vận Trung ương, Ban Dân vận Tỉnh ủy xây dựng kế hoạch như sau:"
            ),
            Para("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
            Para(
                "Phong trào phải thiết thực, tránh hình thức; gắn với thực hiện nhiệm vụ chính trị của địa phương."
            ),
            Para("II. NỘI DUNG", bold=True),
            Para(
                "Đề nghị ban thường vụ các đảng ủy trực thuộc Tỉnh ủy chỉ đạo thực hiện một số nội dung sau:"
            ),
            Item(
                "1.",
                "Tổ chức quán triệt Hướng dẫn số 45-HD/BDVTW đến cán bộ, đảng viên; hoàn thành trong quý II/2026.",
                task(
                    "1", ["ban thường vụ các đảng ủy trực thuộc Tỉnh ủy"], [], "hoàn thành trong quý II/2026"
                ),
            ),
            Item(
                "2.",
                "Lựa chọn mô hình, điển hình tiêu biểu đề nghị biểu dương tại hội nghị tỉnh.",
                task("2", ["ban thường vụ các đảng ủy trực thuộc Tỉnh ủy"], [], None),
            ),
            Item(
                "3.",
                "Ban Tuyên giáo và Dân vận các đảng ủy phối hợp với Ủy ban Mặt trận Tổ quốc cùng cấp tuyên "
                "truyền kết quả phong trào.",
                task(
                    "3", ["Ban Tuyên giáo và Dân vận các đảng ủy"], ["Ủy ban Mặt trận Tổ quốc cùng cấp"], None
                ),
            ),
            Para("III. TỔ CHỨC THỰC HIỆN", bold=True),
            Para("Các đảng ủy trực thuộc báo cáo kết quả về Ban Dân vận Tỉnh ủy trước ngày 15/11/2026./."),
            Signature(
                ["- Ban Dân vận Trung ương (b/c);", "- Thường trực Tỉnh ủy (b/c);", "- Lưu."],
                ["K/T TRƯỞNG BAN", "PHÓ TRƯỞNG BAN"],
                "Ma Thị Thúy",
            ),
        ],
        notes=(
            "Written for this corpus, modelled on Party documents: 'ĐẢNG CỘNG SẢN VIỆT NAM' instead of the Quốc "
            "hiệu, 'Số 215-KH/BDVTU' without a colon, a '*' under the body's name, a title starting in lower case, "
            "and 'K/T TRƯỞNG BAN'. The issuer is the Ban Dân vận of the Tỉnh ủy Tuyên Quang. Items inherit the "
            "lead-in's 'ban thường vụ các đảng ủy trực thuộc Tỉnh ủy' unless they name their own actor (item 3)."
        ),
        reporting=[{"what": "báo cáo kết quả về Ban Dân vận Tỉnh ủy", "due": "2026-11-15"}],
        variants=("txt", "docx", "pdf"),
    )
)

DOCUMENTS.append(
    Doc(
        name="party-hatinh-dangUy-xa-kh",
        shape="party",
        label_doc=meta(
            "Kế hoạch",
            "12-KH/ĐU",
            "2026-02-18",
            "Đảng ủy xã Thạch Hà",
            "Thạch Hà",
            "Lãnh đạo thực hiện công tác dân vận năm 2026",
            "Nguyễn Văn Hải",
        ),
        citations=[cit("Kế hoạch", "09-KH/TU", "2026-01-20", "Ban Thường vụ Tỉnh ủy")],
        body=[
            Letterhead(
                ["ĐẢNG BỘ TỈNH HÀ TĨNH", "ĐẢNG ỦY XÃ THẠCH HÀ", "*"],
                PARTY,
                "Số 12-KH/ĐU",
                "Thạch Hà, ngày 18 tháng 02 năm 2026",
            ),
            Para("KẾ HOẠCH", "center", bold=True),
            Para("lãnh đạo thực hiện công tác dân vận năm 2026", "center", bold=True),
            Para(
                "Thực hiện Kế hoạch số 09-KH/TU ngày 20/01/2026 của Ban Thường vụ Tỉnh ủy về công tác dân vận năm "
                "2026, Ban Thường vụ Đảng ủy xã xây dựng kế hoạch như sau:"
            ),
            Para("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
            Para("Tăng cường sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới."),
            Para("II. NHIỆM VỤ VÀ GIẢI PHÁP", bold=True),
            Item(
                "1.",
                "Đảng ủy xã lãnh đạo Ủy ban nhân dân xã thực hiện tốt công tác dân vận chính quyền, trọng tâm là "
                "cải cách hành chính.",
                task("1", ["Đảng ủy xã"], [], None),
            ),
            Item(
                "2.",
                "Khối Dân vận xã tham mưu sơ kết các mô hình “Dân vận khéo” (trình quý III/2026).",
                task("2", ["Khối Dân vận xã"], [], "trình quý III/2026"),
            ),
            Item(
                "3.",
                "Các chi bộ chỉ đạo các thôn xây dựng, thực hiện hương ước, quy ước; hoàn thành trong tháng "
                "6/2026.",
                task("3", ["Các chi bộ"], [], "hoàn thành trong tháng 6/2026"),
            ),
            Item(
                "4.",
                "Ủy ban Mặt trận Tổ quốc và các đoàn thể xã vận động Nhân dân tham gia xây dựng nông thôn mới "
                "kiểu mẫu.",
                task("4", ["Ủy ban Mặt trận Tổ quốc", "các đoàn thể xã"], [], None),
            ),
            Para("III. TỔ CHỨC THỰC HIỆN", bold=True),
            Para("Khối Dân vận xã theo dõi, báo cáo Ban Thường vụ Đảng ủy định kỳ 6 tháng, 01 năm./."),
            Signature(
                ["- Ban Thường vụ Tỉnh ủy (b/c);", "- Các chi bộ;", "- Lưu VP."],
                ["T/M BAN THƯỜNG VỤ", "BÍ THƯ"],
                "Nguyễn Văn Hải",
            ),
        ],
        notes=(
            "Written for this corpus. A commune Party committee plan: 'ĐẢNG BỘ TỈNH HÀ TĨNH / ĐẢNG ỦY XÃ THẠCH "
            "HÀ', 'T/M BAN THƯỜNG VỤ / BÍ THƯ'. Item 2's '(trình quý III/2026)' is its timeframe. Item 4: the "
            "Mặt trận and the mass organisations are two bodies joined by 'và', split (LABELING §3)."
        ),
        reporting=[{"what": "báo cáo Ban Thường vụ Đảng ủy", "due": "định kỳ 6 tháng, 01 năm"}],
        variants=("txt", "docx", "lo.pdf"),
    )
)

# ------------------------------------------------------------------------------------------------ web-copy
DOCUMENTS.append(
    Doc(
        name="web-copy-quangtri-ubnd-cv",
        shape="web-copy",
        label_doc=meta(
            "Công văn",
            "1234/UBND-NC",
            "2026-04-10",
            "Ủy ban nhân dân tỉnh Quảng Trị",
            "Quảng Trị",
            "tăng cường công tác dân vận chính quyền trong tình hình mới",
            None,
        ),
        citations=[cit("Chỉ thị", "33/CT-TTg", "2021-11-26", "Thủ tướng Chính phủ")],
        body=[
            Para(
                "Thực hiện Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ, Chủ tịch UBND tỉnh yêu cầu "
                "Giám đốc các sở, Thủ trưởng các ban, ngành, Chủ tịch UBND các xã, phường thực hiện các nội dung sau:"
            ),
            Item(
                "1.",
                "Chấn chỉnh lề lối làm việc, thái độ phục vụ của cán bộ, công chức khi tiếp xúc với Nhân dân.",
                task("1", ["Giám đốc các sở", "Thủ trưởng các ban, ngành", "Chủ tịch UBND các xã, phường"]),
            ),
            Item(
                "2.",
                "Công khai số điện thoại đường dây nóng tiếp nhận phản ánh của người dân; hoàn thành trước ngày "
                "30/4/2026.",
                task(
                    "2",
                    ["Giám đốc các sở", "Thủ trưởng các ban, ngành", "Chủ tịch UBND các xã, phường"],
                    [],
                    "hoàn thành trước ngày 30/4/2026",
                ),
            ),
            Item(
                "3.",
                "Sở Nội vụ chủ trì kiểm tra đột xuất việc chấp hành kỷ luật, kỷ cương hành chính.",
                task("3", ["Sở Nội vụ"]),
            ),
        ],
        web_first_line=(
            "Công văn số 1234/UBND-NC ngày 10/4/2026 của UBND tỉnh Quảng Trị về việc tăng cường công "
            "tác dân vận chính quyền trong tình hình mới"
        ),
        notes=(
            "Written for this corpus, modelled on documents copied from a provincial portal: the letterhead and the "
            "signature are lost and the first line describes the document; type, number, date, issuer and title "
            "come from that line (issuer expanded, with its locality). No date line: the place is the issuer's "
            "locality. The lead-in lists three heads of bodies, inherited by items 1 and 2."
        ),
        variants=("web.txt",),
    )
)

DOCUMENTS.append(
    Doc(
        name="web-copy-bdvtw-hd",
        shape="web-copy",
        label_doc=meta(
            "Hướng dẫn",
            "45-HD/BDVTW",
            "2026-02-10",
            "Ban Dân vận Trung ương",
            None,
            "tổ chức phong trào thi đua “Dân vận khéo” giai đoạn 2026 - 2030",
            None,
        ),
        citations=[cit("Quyết định", "23-QĐ/TW", "2021-07-30", "Bộ Chính trị")],
        body=[
            Para("I. MỤC ĐÍCH, YÊU CẦU"),
            Para("Tiếp tục đưa phong trào thi đua “Dân vận khéo” đi vào chiều sâu, thiết thực, hiệu quả."),
            Para("II. NỘI DUNG"),
            Para(
                "Ban Dân vận các tỉnh ủy, thành ủy, đảng ủy trực thuộc Trung ương tập trung thực hiện các nội dung "
                "sau:"
            ),
            Item(
                "1.",
                "Tham mưu cấp ủy ban hành kế hoạch thực hiện phong trào giai đoạn 2026 - 2030; hoàn thành trong "
                "quý II/2026.",
                task(
                    "1",
                    ["Ban Dân vận các tỉnh ủy, thành ủy, đảng ủy trực thuộc Trung ương"],
                    [],
                    "hoàn thành trong quý II/2026",
                ),
            ),
            Item(
                "2.",
                "Hằng năm, lựa chọn mô hình tiêu biểu để biểu dương, khen thưởng theo Quyết định số 23-QĐ/TW "
                "ngày 30/7/2021 của Bộ Chính trị.",
                # "Hằng năm" opens the item and governs it, as "Hằng quý, …" does elsewhere (LABELING.md §3)
                task(
                    "2", ["Ban Dân vận các tỉnh ủy, thành ủy, đảng ủy trực thuộc Trung ương"], [], "Hằng năm"
                ),
            ),
            Item(
                "3.",
                "Định kỳ hằng năm báo cáo kết quả về Ban Dân vận Trung ương trước ngày 30/11.",
                task(
                    "3",
                    ["Ban Dân vận các tỉnh ủy, thành ủy, đảng ủy trực thuộc Trung ương"],
                    [],
                    "Định kỳ hằng năm; trước ngày 30/11",
                ),
            ),
        ],
        web_first_line=(
            "Hướng dẫn số 45-HD/BDVTW ngày 10/02/2026 của Ban Dân vận Trung ương về tổ chức phong trào "
            "thi đua “Dân vận khéo” giai đoạn 2026 - 2030"
        ),
        notes=(
            "Written for this corpus. A Party guidance copied from a web page: no letterhead, the first line gives "
            "type, number, date, issuer and title. No place is printed and the issuer has no locality, so place is "
            "null. 'Ban Dân vận các tỉnh ủy, thành ủy, đảng ủy trực thuộc Trung ương' is one collective name. Item 3 "
            "has two inline periodicity/deadline phrases, joined with '; '."
        ),
        variants=("web.txt",),
    )
)

# ------------------------------------------------------------------------------------------------ pdf-text-artefacts
DOCUMENTS.append(
    Doc(
        name="pdf-text-artefacts-thaibinh-xa-kh",
        shape="pdf-text-artefacts",
        label_doc=meta(
            "Kế hoạch",
            "135/KH-UBND",
            "2026-04-02",
            "Ủy ban nhân dân xã Thái Thuỵ",
            "Thái Thuỵ",
            "Thực hiện công tác dân vận chính quyền và xây dựng xã nông thôn mới kiểu mẫu năm 2026",
            "Đoàn Văn Khoẻ",
        ),
        citations=[cit("Kế hoạch", "47/KH-UBND", "2026-01-19", "UBND tỉnh Thái Bình")],
        body=[
            Letterhead(
                ["ỦY BAN NHÂN DÂN", "XÃ THÁI THUỴ"],
                ["CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"],
                "Số: 135/KH-\nUBND",
                "Thái Thuỵ, ngày 02 tháng 4 năm 2026",
            ),
            Para("KẾ HOẠCH", "center", bold=True),
            Para(
                "Thực hiện công tác dân vận chính quyền và xây dựng xã nông thôn mới kiểu mẫu năm 2026",
                "center",
                bold=True,
            ),
            Para(
                "Thực hiện Kế hoạch số 47/KH-UBND ngày 19/01/2026 của UBND tỉnh Thái Bình về công tác dân vận chính "
                "quyền năm 2026, Uỷ ban nhân dân xã xây dựng kế hoạch thực hiện như sau:"
            ),
            Para("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
            Para(
                "Phát huy vai trò chủ thể của người dân trong xây dựng nông thôn mới; bảo đảm công khai, dân chủ trong "
                "huy động, sử dụng các nguồn lực đóng góp của Nhân dân."
            ),
            Para("II. NỘI DUNG THỰC HIỆN", bold=True),
            Item(
                "1.",
                "Tuyên truyền, vận động Nhân dân tham gia chỉnh trang nhà ở, tường rào, cổng ngõ, trồng hoa, cây "
                "xanh trên các tuyến đường thôn, xóm; xây dựng khu dân cư kiểu mẫu, vườn mẫu.",
                task("1", ["Phòng Văn hoá - Xã hội"], ["các thôn"], "Thường xuyên"),
            ),
            Para("- Đơn vị chủ trì: Phòng Văn hoá - Xã hội."),
            Para("- Đơn vị phối hợp: các thôn."),
            Para("- Thời gian thực hiện: Thường xuyên."),
            Item(
                "2.",
                "Công khai dự toán, quyết toán các công trình xây dựng có sự đóng góp của Nhân dân tại nhà văn "
                "hoá các thôn và trên hệ thống truyền thanh của xã; tiếp nhận, giải đáp ý kiến của Nhân dân về "
                "các khoản đóng góp.",
                task("2", ["Phòng Kinh tế"], ["Ban Giám sát đầu tư của cộng đồng"], "Quý II/2026"),
            ),
            Para("- Đơn vị chủ trì: Phòng Kinh tế."),
            Para("- Đơn vị phối hợp: Ban Giám sát đầu tư của cộng đồng."),
            Para("- Thời gian thực hiện: Quý II/2026."),
            Item(
                "3.",
                "Tổ chức Hội thi “Thôn, xóm sáng - xanh - sạch - đẹp” và biểu dương các gia đình tiêu biểu "
                "trong phong trào thi đua xây dựng nông thôn mới kiểu mẫu, đô thị văn minh của xã.",
                task(
                    "3",
                    ["Phòng Văn hoá - Xã hội"],
                    ["Hội Liên hiệp Phụ nữ xã", "Đoàn Thanh niên xã"],
                    "Tháng 7, 8/2026",
                ),
            ),
            Para("- Đơn vị chủ trì: Phòng Văn hoá - Xã hội."),
            Para("- Đơn vị phối hợp: Hội Liên hiệp Phụ nữ xã; Đoàn Thanh niên xã."),
            Para("- Thời gian thực hiện: Tháng 7, 8/2026."),
            Item(
                "4.",
                "Kiểm tra, đánh giá mức độ đạt các tiêu chí xã nông thôn mới kiểu mẫu; hoàn thiện hồ sơ đề nghị "
                "công nhận gửi UBND tỉnh.",
                task("4", ["Văn phòng HĐND và UBND xã"], ["Phòng Kinh tế"], "Trước ngày 31/10/2026"),
            ),
            Para("- Đơn vị chủ trì: Văn phòng HĐND và UBND xã."),
            Para("- Đơn vị phối hợp: Phòng Kinh tế."),
            Para("- Thời gian thực hiện: Trước ngày 31/10/2026."),
            Para("III. TỔ CHỨC THỰC HIỆN", bold=True),
            Para(
                "Văn phòng HĐND và UBND xã theo dõi, đôn đốc, tổng hợp, báo cáo UBND tỉnh trước ngày 05/12/2026./."
            ),
            Signature(
                ["- UBND tỉnh (b/c);", "- Đảng uỷ xã;", "- Lưu: VT."],
                ["TM. UỶ BAN NHÂN DÂN", "CHỦ TỊCH"],
                "Đoàn Văn Khoẻ",
            ),
        ],
        notes=(
            "Written for this corpus. The .txt is the text pdftotext extracts from the LibreOffice PDF, with a blank "
            "line after every line, trailing spaces, form feeds, the running header and page numbers of the DOCX "
            "repeated on every page, the document number split over two lines ('Số: 135/KH-' / 'UBND') and old "
            "tone placement (Thuỵ, hoá, Khoẻ, Uỷ) — kept as printed in the label; the scorer compares without "
            "diacritics."
        ),
        reporting=[{"what": "báo cáo UBND tỉnh", "due": "2026-12-05"}],
        variants=("txt", "docx", "pdf"),
        txt_artefacts=True,
        running_header="Kế hoạch công tác dân vận chính quyền năm 2026 - UBND xã Thái Thuỵ",
    )
)

# ------------------------------------------------------------------------------------------------ timeframes
_TIME_ROWS = [
    [
        "1",
        "Tuyên truyền về bảo vệ nguồn lợi thủy sản cho ngư dân",
        "Chi cục Thủy sản",
        "Đồn Biên phòng",
        "Theo mùa vụ",
    ],
    [
        "2",
        "Tổ chức tập huấn kỹ năng dân vận cho cán bộ cơ sở",
        "Sở Nội vụ",
        "Trường Chính trị tỉnh",
        "02 lần/năm",
    ],
    [
        "3",
        "Đối thoại với doanh nghiệp thủy sản",
        "Sở Nông nghiệp và Môi trường",
        "Hiệp hội Thủy sản",
        "Tháng 3 và tháng 9/2026",
    ],
    [
        "4",
        "Kiểm tra an toàn tàu cá trước mùa bão",
        "Chi cục Thủy sản",
        "Bộ đội Biên phòng tỉnh",
        "Từ tháng 5 đến tháng 10/2026",
    ],
    [
        "5",
        "Báo cáo tình hình thực hiện quy chế dân chủ",
        "Văn phòng Sở",
        "Các phòng, đơn vị thuộc Sở",
        "Định kỳ hằng quý",
    ],
    [
        "6",
        "Trình HĐND tỉnh chính sách hỗ trợ ngư dân",
        "Sở Tài chính",
        "Sở Tư pháp",
        "Kỳ họp HĐND tỉnh cuối năm 2026",
    ],
    [
        "7",
        "Biểu dương các mô hình “Dân vận khéo” trong các trường học ven biển",
        "Sở Giáo dục và Đào tạo",
        "",
        "Trong năm học 2026 - 2027",
    ],
    [
        "8",
        "Hướng dẫn ngư dân đăng ký, đăng kiểm tàu cá",
        "Chi cục Thủy sản",
        "UBND các xã ven biển",
        "Tháng 7, 8/2026",
    ],
    ["9", "Rà soát quy trình nội bộ giải quyết thủ tục hành chính", "Văn phòng Sở", "", ""],
    ["10", "Tổng kết công tác dân vận chính quyền", "Văn phòng Sở", "", "Tuần đầu tháng 12/2026"],
    [
        "11",
        "Ký kết quy chế phối hợp với Ủy ban Mặt trận Tổ quốc tỉnh",
        "Sở Nông nghiệp và Môi trường",
        "",
        "6 tháng đầu năm 2026",
    ],
    ["12", "Sơ kết phong trào thi đua", "Văn phòng Sở", "", "Giữa năm 2026"],
]
DOCUMENTS.append(
    Doc(
        name="timeframes-khanhhoa-snn-kh",
        shape="timeframes",
        label_doc=meta(
            "Kế hoạch",
            "66/KH-SNNMT",
            "2026-01-30",
            "Sở Nông nghiệp và Môi trường tỉnh Khánh Hòa",
            "Khánh Hòa",
            "Công tác dân vận chính quyền năm 2026",
            "Lê Tấn Bản",
        ),
        citations=[],
        body=[
            Letterhead(
                ["UBND TỈNH KHÁNH HÒA", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG"],
                NATIONAL,
                "Số: 66/KH-SNNMT",
                "Khánh Hòa, ngày 30 tháng 01 năm 2026",
            ),
            Para("KẾ HOẠCH", "center", bold=True),
            Para("Công tác dân vận chính quyền năm 2026", "center", bold=True),
            Para("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
            Para("Gắn công tác dân vận với nhiệm vụ phát triển kinh tế biển."),
            Para("II. NỘI DUNG", bold=True),
            TableEl(
                ["TT", "Nội dung công việc", "Cơ quan thực hiện", "Cơ quan phối hợp", "Thời gian thực hiện"],
                _TIME_ROWS,
                [task(r[0], [r[2]], [r[3]] if r[3] else [], r[4] or None) for r in _TIME_ROWS],
                widths=[1.0, 7.0, 3.2, 3.2, 2.6],
            ),
            Para("III. TỔ CHỨC THỰC HIỆN", bold=True),
            Para("Văn phòng Sở theo dõi, tổng hợp, báo cáo UBND tỉnh trước ngày 10/12/2026./."),
            Signature(["- UBND tỉnh (b/c);", "- Lưu: VT."], ["GIÁM ĐỐC"], "Lê Tấn Bản"),
        ],
        notes=(
            "Written for this corpus to hold the timeframe forms of the genre in one column: Theo mùa vụ, 02 "
            "lần/năm, Tháng 3 và tháng 9/2026, Từ tháng 5 đến tháng 10/2026, Định kỳ hằng quý, Kỳ họp HĐND … cuối "
            "năm, Trong năm học 2026 - 2027, Tháng 7, 8/2026, an empty cell (null), Tuần đầu tháng 12/2026, 6 tháng "
            "đầu năm 2026, Giữa năm 2026. 'Cơ quan thực hiện' is the lead (no chủ trì column)."
        ),
        reporting=[{"what": "báo cáo UBND tỉnh", "due": "2026-12-10"}],
        variants=("docx", "pdf", "lo.pdf"),
    )
)

# ------------------------------------------------------------------------------------------------ scan-pdf
DOCUMENTS.append(
    Doc(
        name="scan-pdf-camau-xa-kh",
        shape="scan-pdf",
        label_doc=meta(
            "Kế hoạch",
            "27/KH-UBND",
            "2026-02-09",
            "Ủy ban nhân dân xã Năm Căn",
            "Năm Căn",
            "Thực hiện dân chủ ở cơ sở năm 2026",
            "Tạ Minh Luân",
        ),
        citations=[cit("Nghị định", "59/2023/NĐ-CP", "2023-08-14", "Chính phủ")],
        body=[
            Letterhead(
                ["ỦY BAN NHÂN DÂN", "XÃ NĂM CĂN"],
                NATIONAL,
                "Số: 27/KH-UBND",
                "Năm Căn, ngày 09 tháng 02 năm 2026",
            ),
            Para("KẾ HOẠCH", "center", bold=True),
            Para("Thực hiện dân chủ ở cơ sở năm 2026", "center", bold=True),
            Para(
                "Căn cứ Nghị định số 59/2023/NĐ-CP ngày 14/8/2023 của Chính phủ, Ủy ban nhân dân xã ban hành kế "
                "hoạch như sau:"
            ),
            Para("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
            Para("Bảo đảm Nhân dân được biết, được bàn, được làm, được kiểm tra, giám sát."),
            Para("II. NỘI DUNG THỰC HIỆN", bold=True),
            Item(
                "1.",
                "Công khai kế hoạch sử dụng đất năm 2026 tại trụ sở Ủy ban nhân dân xã và các ấp.",
                task("1", ["Công chức Địa chính - Xây dựng"], [], "Quý I/2026"),
            ),
            Para("- Đơn vị chủ trì: Công chức Địa chính - Xây dựng."),
            Para("- Thời gian thực hiện: Quý I/2026."),
            Item(
                "2.",
                "Lấy ý kiến Nhân dân về dự thảo hương ước, quy ước của các ấp.",
                task("2", ["Công chức Văn hóa - Xã hội"], ["Ban Công tác Mặt trận các ấp"], "Tháng 4/2026"),
            ),
            Para("- Đơn vị chủ trì: Công chức Văn hóa - Xã hội."),
            Para("- Đơn vị phối hợp: Ban Công tác Mặt trận các ấp."),
            Para("- Thời gian thực hiện: Tháng 4/2026."),
            Item(
                "3.",
                "Tổ chức hội nghị đối thoại giữa Chủ tịch UBND xã với Nhân dân.",
                task("3", ["Văn phòng HĐND và UBND xã"], [], "Quý III/2026"),
            ),
            Para("- Đơn vị chủ trì: Văn phòng HĐND và UBND xã."),
            Para("- Thời gian thực hiện: Quý III/2026."),
            Para("III. TỔ CHỨC THỰC HIỆN", bold=True),
            Para("Văn phòng HĐND và UBND xã báo cáo kết quả về UBND tỉnh trước ngày 05/12/2026./."),
            Signature(
                ["- UBND tỉnh (b/c);", "- Lưu: VT."], ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], "Tạ Minh Luân"
            ),
        ],
        notes=(
            "Written for this corpus. The signed copy scanned: pages rendered at 150 dpi, turned slightly, speckled, "
            "a red stamp on the signature page, wrapped back into an image-only PDF; read through Tesseract 'vie'."
        ),
        reporting=[{"what": "báo cáo kết quả về UBND tỉnh", "due": "2026-12-05"}],
        variants=("scan.pdf", "docx"),
    )
)

DOCUMENTS.append(
    Doc(
        name="scan-pdf-bentre-trungtam-kh",
        shape="scan-pdf",
        label_doc=meta(
            "Kế hoạch",
            "19/KH-TTYT",
            "2026-02-24",
            "Trung tâm Y tế khu vực Ba Tri",
            "Ba Tri",
            "Công tác dân vận năm 2026",
            "Lý Thị Ngọc",
        ),
        citations=[],
        body=[
            Letterhead(
                ["SỞ Y TẾ TỈNH BẾN TRE", "TRUNG TÂM Y TẾ KHU VỰC BA TRI"],
                NATIONAL,
                "Số: 19/KH-TTYT",
                "Ba Tri, ngày 24 tháng 02 năm 2026",
            ),
            Para("KẾ HOẠCH", "center", bold=True),
            Para("Công tác dân vận năm 2026", "center", bold=True),
            Para("I. NỘI DUNG THỰC HIỆN", bold=True),
            TableEl(
                ["STT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian"],
                [
                    [
                        "1",
                        "Tuyên truyền phòng, chống sốt xuất huyết tại cộng đồng",
                        "Khoa Kiểm soát bệnh tật",
                        "Trạm Y tế các xã",
                        "Từ tháng 5 đến tháng 10/2026",
                    ],
                    [
                        "2",
                        "Khám sức khỏe định kỳ cho người cao tuổi",
                        "Khoa Khám bệnh",
                        "Hội Người cao tuổi",
                        "Quý III/2026",
                    ],
                    [
                        "3",
                        "Lấy ý kiến người bệnh về chất lượng dịch vụ",
                        "Phòng Điều dưỡng",
                        "",
                        "Hằng tháng",
                    ],
                    [
                        "4",
                        "Tổng kết công tác dân vận năm 2026",
                        "Phòng Tổ chức - Hành chính",
                        "Các khoa, phòng",
                        "Tháng 12/2026",
                    ],
                ],
                [
                    task(
                        "1", ["Khoa Kiểm soát bệnh tật"], ["Trạm Y tế các xã"], "Từ tháng 5 đến tháng 10/2026"
                    ),
                    task("2", ["Khoa Khám bệnh"], ["Hội Người cao tuổi"], "Quý III/2026"),
                    task("3", ["Phòng Điều dưỡng"], [], "Hằng tháng"),
                    task("4", ["Phòng Tổ chức - Hành chính"], ["Các khoa, phòng"], "Tháng 12/2026"),
                ],
                widths=[1.0, 6.5, 3.3, 3.3, 2.9],
            ),
            Para("II. TỔ CHỨC THỰC HIỆN", bold=True),
            Para("Phòng Tổ chức - Hành chính báo cáo Giám đốc kết quả thực hiện trước ngày 15/12/2026./."),
            Signature(["- Sở Y tế (b/c);", "- Lưu: VT."], ["GIÁM ĐỐC"], "Lý Thị Ngọc"),
        ],
        notes=(
            "Written for this corpus. A scanned one-page plan of a district health centre whose tasks are in a ruled "
            "table: OCR has to keep the table's rows and columns."
        ),
        reporting=[{"what": "báo cáo Giám đốc", "due": "2026-12-15"}],
        variants=("scan.pdf", "docx", "pdf"),
    )
)
