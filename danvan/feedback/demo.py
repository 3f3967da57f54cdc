"""Demo citizen feedback for Hải Phòng: items in every state (new, overdue, accepted, in progress with an
extension, answered and published, closed, merged, answered outside competence), reception schedules and
sessions (one head short of the weekly duty last month), and a dialogue whose commitments became tasks of the
commune's draft plan. Dates are relative to the day the demo is loaded; everything goes through the actions.
Idempotent: a second run finds the demo dialogue and changes nothing.
"""

from __future__ import annotations

import datetime

from django.utils import timezone

from danvan.accounts.models import User
from danvan.feedback import actions
from danvan.feedback.actions.limits import ensure_time_limits
from danvan.feedback.models import Channel, Dialogue, Feedback, Kind, ReceptionSchedule
from danvan.organizations.models import Organization
from danvan.plans.models import Plan

DEMO_DIALOGUE = "Đối thoại với Nhân dân về giải phóng mặt bằng đường liên xã"


def _days_ago(today: datetime.date, n: int) -> datetime.date:
    return today - datetime.timedelta(days=n)


def load_demo_feedback(province: Organization) -> list[Feedback]:
    """Load the demo once; returns the items (none on a second run)."""
    if Dialogue.objects.filter(title=DEMO_DIALOGUE).exists():
        return []
    ensure_time_limits()  # a database emptied after its migrations (a flushed test database) lacks them
    today = timezone.localdate()
    by_name = {o.name: o for o in Organization.objects.filter(parent=province)}
    department, commune = by_name["Sở Công Thương"], by_name["Xã Cẩm Giang"]
    officer = User.objects.filter(username="canbo.sct").first()
    commune_officer = User.objects.filter(username="canbo.camgiang").first()

    def receive(days: int, **fields: object) -> Feedback:
        values: dict[str, object] = {
            "actor": None,
            "channel": Channel.WEB,
            "province": province,
            "received_on": _days_ago(today, days),
            "citizen_name": "Nguyễn Văn Bình",
            "citizen_phone": "0904 123 456",
            "citizen_address": "Thôn Đông, xã Cẩm Giang",
        }
        values.update(fields)
        return actions.receive_feedback(**values)  # type: ignore[arg-type]

    items = []
    new = receive(
        1,
        kind=Kind.REPORT,
        title="Rác thải ùn ứ tại chợ Cẩm Giang",
        text="Rác thải ở khu vực chợ Xã Cẩm Giang không được thu gom nhiều ngày, gây ô nhiễm.",
    )
    duplicate = receive(
        1,
        kind=Kind.REPORT,
        channel=Channel.HOTLINE,
        title="Rác ở chợ xã chưa được thu gom",
        text="Người dân gọi đường dây nóng phản ánh rác ở chợ Xã Cẩm Giang.",
        citizen_name="Trần Thị Thu",
    )
    actions.merge_feedback(actor=None, duplicate=duplicate, into=new, reason="Cùng nội dung, cùng địa điểm")
    overdue = receive(
        40,
        kind=Kind.PETITION,
        channel=Channel.LETTER,
        title="Kiến nghị kéo dài giờ mở cửa chợ đêm",
        text="Hộ kinh doanh kiến nghị Sở Công Thương xem xét kéo dài giờ hoạt động chợ đêm.",
        citizen_name="Phạm Văn Hải",
    )
    overdue = actions.transfer_feedback(
        actor=None, item=overdue, to=department, reason="Thuộc lĩnh vực thương mại"
    )
    complaint = receive(
        6,
        kind=Kind.COMPLAINT,
        channel=Channel.IN_PERSON,
        title="Khiếu nại quyết định thu hồi đất",
        text="Ông Lê Văn Thành khiếu nại quyết định thu hồi đất của UBND xã.",
        citizen_name="Lê Văn Thành",
    )
    complaint = actions.transfer_feedback(
        actor=None, item=complaint, to=commune, reason="Thẩm quyền giải quyết lần đầu"
    )
    complaint = actions.accept_feedback(actor=commune_officer, item=complaint, on=_days_ago(today, 3))
    denunciation = receive(
        12,
        kind=Kind.DENUNCIATION,
        channel=Channel.LETTER,
        title="Tố cáo hành vi nhũng nhiễu khi cấp giấy phép",
        text="Người tố cáo nêu việc cán bộ yêu cầu chi phí ngoài quy định khi cấp giấy phép kinh doanh.",
        citizen_name="Người tố cáo (giữ bí mật)",
        citizen_phone="0912 000 111",
    )
    denunciation = actions.transfer_feedback(
        actor=None, item=denunciation, to=department, reason="Thuộc thẩm quyền của Sở"
    )
    denunciation = actions.accept_feedback(actor=officer, item=denunciation, on=_days_ago(today, 8))
    denunciation = actions.start_feedback(actor=officer, item=denunciation)
    denunciation = actions.extend_feedback(
        actor=officer, item=denunciation, days=30, reason="Vụ việc phức tạp, cần xác minh tại nhiều đơn vị"
    )
    answered = receive(
        15,
        kind=Kind.REPORT,
        channel=Channel.HOTLINE,
        title="Biển hiệu quảng cáo che khuất đèn tín hiệu",
        text="Biển quảng cáo của cửa hàng che khuất đèn tín hiệu giao thông tại ngã tư.",
    )
    answered = actions.transfer_feedback(
        actor=None, item=answered, to=department, reason="Thuộc lĩnh vực quản lý"
    )
    actions.answer_feedback(
        actor=officer,
        item=answered,
        text="Sở đã phối hợp với UBND xã yêu cầu cửa hàng tháo dỡ biển quảng cáo; đã hoàn thành ngày kiểm tra.",
        publish=True,
        on=_days_ago(today, 5),
    )
    closed = receive(
        30,
        kind=Kind.SUGGESTION,
        channel=Channel.EMAIL,
        title="Góp ý bố trí thêm ghế chờ tại bộ phận một cửa",
        text="Đề nghị bố trí thêm ghế chờ tại Bộ phận tiếp nhận và trả kết quả của xã.",
        anonymous=True,
        citizen_name="",
    )
    closed = actions.transfer_feedback(actor=None, item=closed, to=commune)
    closed = actions.answer_feedback(
        actor=commune_officer,
        item=closed,
        text="UBND xã tiếp thu, đã bố trí thêm 10 ghế chờ.",
        publish=True,
        on=_days_ago(today, 20),
    )
    actions.close_feedback(actor=commune_officer, item=closed)
    guidance = receive(
        9,
        kind=Kind.PETITION,
        title="Kiến nghị về chế độ bảo hiểm xã hội",
        text="Kiến nghị về việc chậm chi trả chế độ bảo hiểm xã hội.",
    )
    guidance = actions.transfer_feedback(actor=None, item=guidance, to=department)
    actions.answer_feedback(
        actor=officer,
        item=guidance,
        text="Nội dung không thuộc thẩm quyền của Sở Công Thương. Đề nghị ông liên hệ Bảo hiểm xã hội thành phố.",
        out_of_competence=True,
        on=_days_ago(today, 2),
    )
    items += [new, duplicate, overdue, complaint, denunciation, answered, closed, guidance]

    chair = actions.add_schedule(
        actor=None,
        organization=commune,
        head_name="Vương Đức Dũng",
        position="Chủ tịch UBND xã",
        frequency=ReceptionSchedule.Frequency.WEEKLY,
        when="Sáng thứ Năm hằng tuần",
        place="Trụ sở UBND xã Cẩm Giang",
    )
    director = actions.add_schedule(
        actor=None,
        organization=department,
        head_name="Nguyễn Hoàng Long",
        position="Giám đốc Sở Công Thương",
        frequency=ReceptionSchedule.Frequency.MONTHLY,
        when="Ngày 15 hằng tháng",
        place="Phòng tiếp công dân Sở Công Thương",
    )
    first_of_month = today.replace(day=1)
    last_month = (first_of_month - datetime.timedelta(days=1)).replace(day=1)
    for day in (2, 9):  # two Thursdays' worth: short of the weekly duty
        actions.record_session(
            actor=None, schedule=chair, held_on=last_month.replace(day=day), people_received=4
        )
    session = actions.record_session(
        actor=None,
        schedule=director,
        held_on=last_month.replace(day=15),
        people_received=3,
        notes="Tiếp 3 lượt công dân",
    )
    items.append(
        receive(
            (today - last_month.replace(day=15)).days,
            kind=Kind.PETITION,
            channel=Channel.RECEPTION,
            title="Kiến nghị hỗ trợ tiểu thương sau hỏa hoạn",
            text="Tiểu thương kiến nghị hỗ trợ khôi phục kinh doanh sau vụ cháy chợ.",
            province=None,
            organization=department,
            reception_session=session,
        )
    )

    dialogue = actions.record_dialogue(
        actor=None,
        organization=commune,
        title=DEMO_DIALOGUE,
        held_on=_days_ago(today, 10),
        place="Hội trường UBND xã Cẩm Giang",
        chair="Vương Đức Dũng, Chủ tịch UBND xã",
        participants="Đại diện 45 hộ dân thôn Đông, thôn Tây; MTTQ xã; các ngành liên quan",
        topics="Phương án bồi thường, hỗ trợ giải phóng mặt bằng đường liên xã",
        minutes_text="Hội nghị thống nhất công khai phương án bồi thường và tổ chức đo đạc lại diện tích.",
    )
    plan = Plan.objects.filter(owner=commune, status__in=[Plan.Status.DRAFT, Plan.Status.RETURNED]).first()
    if plan is not None:
        for text, days in (
            ("Công khai phương án bồi thường", 20),
            ("Đo đạc lại diện tích đất các hộ", 45),
        ):
            actions.add_commitment(
                actor=None,
                dialogue=dialogue,
                text=text,
                lead_organization=commune,
                due=today + datetime.timedelta(days=days),
                plan=plan,
            )
            plan.refresh_from_db()
    return items
