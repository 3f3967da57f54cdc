"""`{% cell _("Label") %}…{% endcell %}`: a table cell that carries its column's label for phones (`.table.cards`).

On a phone a table of cards hides its heading row, so every cell prints its column's label above its value
(`.cell-label`). A cell with nothing to show (no evidence yet, no partner) printed the label over nothing; this
tag writes the label only when the cell shows something, and an empty cell stays empty (`td:empty`, hidden on
phones). One tag for every card table, instead of a condition around each label.
"""

from __future__ import annotations

import re

from django import template
from django.template.base import FilterExpression, NodeList, Parser, Token
from django.utils.html import format_html, strip_tags
from django.utils.safestring import SafeString, mark_safe

register = template.Library()

# Markup that shows something without text of its own.
_VISIBLE_WITHOUT_TEXT = re.compile(r"<(img|input|button|select|textarea|svg|progress|meter)\b", re.IGNORECASE)


def shows_something(html: str) -> bool:
    """Whether rendered cell content shows a reader anything: text, or a control or an image."""
    return bool(strip_tags(html).strip()) or bool(_VISIBLE_WITHOUT_TEXT.search(html))


class CellNode(template.Node):
    def __init__(self, label: FilterExpression, css: FilterExpression | None, nodelist: NodeList) -> None:
        self.label = label
        self.css = css
        self.nodelist = nodelist

    def render(self, context: template.Context) -> SafeString:
        # Rendered by the template engine, which escaped what it printed.
        content = mark_safe(self.nodelist.render(context).strip())
        css = format_html(' class="{}"', self.css.resolve(context)) if self.css else ""
        if not shows_something(content):
            return format_html("<td{}></td>", css)
        label = self.label.resolve(context)
        return format_html('<td{}><span class="cell-label">{}</span>{}</td>', css, label, content)


@register.tag("cell")
def cell(parser: Parser, token: Token) -> CellNode:
    """`{% cell _("Label") %}` or `{% cell _("Label") class="muted" %}`, closed by `{% endcell %}`."""
    bits = token.split_contents()
    if len(bits) not in (2, 3) or (len(bits) == 3 and not bits[2].startswith("class=")):
        raise template.TemplateSyntaxError('{% cell _("Label") [class="…"] %}')
    label = parser.compile_filter(bits[1])
    css = parser.compile_filter(bits[2].removeprefix("class=")) if len(bits) == 3 else None
    nodelist = parser.parse(("endcell",))
    parser.delete_first_token()
    return CellNode(label, css, nodelist)
