"""Template helpers of the register pages."""

from html import escape

from django import template
from django.utils.safestring import mark_safe

register = template.Library()


@register.simple_tag
def filter_options(field):
    """The `<option>`s of a filter's select, the current value selected.

    The verwerker filter lists every verwerker (500 in a large register). As a template loop
    that cost about 20 µs per option, because `field.value` was worked out again for each and
    every value went through Django's lazy-aware `escape`; here the value is read once and
    the options are escaped and joined in plain Python (the same HTML)."""
    value = field.value()
    current = "" if value is None else str(value)
    options = []
    for choice, label in field.field.choices:
        choice = str(choice)
        selected = " selected" if current != "" and choice == current else ""
        options.append(f'<option value="{escape(choice)}"{selected}>{escape(str(label))}</option>')
    return mark_safe("".join(options))  # every value and label is escaped above
