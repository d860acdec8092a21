from django.utils.cache import add_never_cache_headers, patch_cache_control


class NoStoreForSignedInUsersMiddleware:
    """Pages and downloads for a signed-in user may hold case data: never keep them in a
    browser or proxy cache, so the back button after logout shows nothing."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if getattr(request, "user", None) is not None and request.user.is_authenticated:
            add_never_cache_headers(response)
            patch_cache_control(response, private=True)
        return response
