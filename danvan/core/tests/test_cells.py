"""`{% cell %}`: a card table's cell prints its column's label only over something to show."""

from __future__ import annotations

import pytest
from django.template import Context, Template, TemplateSyntaxError
from django.utils import translation

ROW = (
    '{% load i18n cells %}{% cell _("Evidence") %}{% for e in files %}<div>{{ e }}</div>{% endfor %}{% endcell %}'
    '{% cell _("Updated") class="muted" %}{{ who }}{% endcell %}'
)


def _render(**context: object) -> str:
    with translation.override("vi"):
        return Template(ROW).render(Context(context))


def test_a_cell_with_something_to_show_carries_its_translated_label() -> None:
    html = _render(files=["bien-ban.pdf"], who="Nguyễn Văn A <b>")
    assert '<td><span class="cell-label">Tài liệu minh chứng</span><div>bien-ban.pdf</div></td>' in html
    assert '<td class="muted"><span class="cell-label">Cập nhật</span>Nguyễn Văn A &lt;b&gt;</td>' in html


def test_an_empty_cell_is_written_empty_so_a_phone_hides_it() -> None:
    assert _render(files=[], who="") == '<td></td><td class="muted"></td>'


def test_markup_without_text_is_nothing_to_show_but_a_control_is() -> None:
    template = Template('{% load cells %}{% cell "Nhãn" %}{{ html|safe }}{% endcell %}')
    assert template.render(Context({"html": "<div> </div>"})) == "<td></td>"
    shown = template.render(Context({"html": '<input type="checkbox">'}))
    assert shown == '<td><span class="cell-label">Nhãn</span><input type="checkbox"></td>'


def test_the_tag_says_how_it_is_written() -> None:
    with pytest.raises(TemplateSyntaxError):
        Template('{% load cells %}{% cell "Nhãn" id="x" %}{% endcell %}')
