"""Background work through Django's Tasks API (the django-tasks backport on Django 5.2).

With the default immediate backend a task runs in the web process as soon as it is enqueued;
with NEWSDESK_TASKS_BACKEND=database it waits in the database for `manage.py db_worker`.
Arguments are ids, never model instances, so that any backend can serialize them.
"""
from django_tasks import task

from .ingest import ingest_upload
from .models import Upload


@task()
def ingest_upload_task(upload_id: int) -> str:
    """Ingest an Upload's files; returns the upload's final status."""
    return ingest_upload(Upload.objects.get(pk=upload_id)).status


def enqueue_upload(upload):
    """Queue the upload's ingestion and remember the task's id on it."""
    result = ingest_upload_task.enqueue(upload.pk)
    Upload.objects.filter(pk=upload.pk).update(task_id=result.id)
    return result
