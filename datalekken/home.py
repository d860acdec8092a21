def panels(request):
    return []
