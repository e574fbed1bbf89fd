from django.urls import path

from .views import exports, pages

app_name = "timeline"
urlpatterns = [
    path("", pages.timeline, name="timeline"),
    path("embed/", pages.embed, name="embed"),
    path("events/<int:pk>/", pages.event_detail, name="event"),
    path("articles/<int:pk>/", pages.article_detail, name="article"),
    path("events.json", exports.events_json, name="events-json"),
    path("events.csv", exports.events_csv, name="events-csv"),
    path("events.ics", exports.events_ics, name="events-ics"),
    path("events.timelinejs.json", exports.events_timelinejs, name="events-timelinejs"),
]
