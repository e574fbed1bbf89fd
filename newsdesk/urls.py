"""The URL root: the editors' admin and the timeline app."""
from django.contrib import admin
from django.urls import include, path

urlpatterns = [
    path("admin/", admin.site.urls),
    path("", include("timeline.urls")),
]
