app_name = "datalekken"

urlpatterns: list = []
