from django import template

register = template.Library()


@register.simple_tag
def query_with(request, name, value):
    """The current query string with ``name`` set to ``value``."""
    params = request.GET.copy()
    params[name] = value
    return params.urlencode()


@register.simple_tag
def query_without(request, name, value):
    """The current query string without one value of ``name`` (and back on page 1)."""
    params = request.GET.copy()
    params.setlist(name, [v for v in params.getlist(name) if v != str(value)])
    params.pop("page", None)
    return params.urlencode()
