from django.urls import path

from . import views

app_name = "timeline"
urlpatterns = [
    path("", views.timeline, name="timeline"),
    path("events.json", views.events_json, name="events-json"),
    path("events/<int:pk>/", views.event_detail, name="event"),
    path("articles/<int:pk>/", views.article_detail, name="article"),
]
