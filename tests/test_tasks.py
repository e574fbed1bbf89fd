"""Uploads through the admin: files are stored, ingested by a task, and reported file by file."""
import json
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django_tasks import TaskResultStatus

from timeline.models import Article, Upload, UploadFile
from timeline.tasks import ingest_upload_task

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
ADD = "/admin/timeline/upload/add/"
JSONL = "\n".join([
    json.dumps({"title": "Talks resume", "published": "2017-10-02",
                "text": "South Korea and the United States held talks in Seoul on Monday about North Korea."}),
    json.dumps({"title": "No date", "text": "Diplomats met."}),
])


def seed_file(name, index=0):
    return SimpleUploadedFile(name, sorted(SEEDS.glob("*.txt"))[index].read_bytes(), content_type="text/plain")


def upload(client, *files):
    return client.post(ADD, {"files": list(files)})


def test_upload_with_one_bad_file_ingests_the_rest_and_names_the_bad_one(
    editor_client, editor, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = upload(
            editor_client,
            seed_file("wire.txt"),
            SimpleUploadedFile("feed.jsonl", JSONL.encode()),
            SimpleUploadedFile("broken.txt", b"\xff\xfe\x00garbage\x80\x81"),
        )
    batch = Upload.objects.get()
    assert response.status_code == 302 and response["Location"].endswith(f"/{batch.pk}/change/")
    assert (batch.status, batch.created_by, batch.articles_added) == (Upload.Status.FAILED, editor, 2)
    assert batch.events_created > 0 and batch.task_id and batch.finished_at
    files = {f.name: f for f in batch.files.all()}
    assert files["wire.txt"].outcome == files["feed.jsonl"].outcome == UploadFile.Outcome.INGESTED
    assert files["feed.jsonl"].errors == ["feed.jsonl#2: line 2: no publication date found"]
    assert files["broken.txt"].outcome == UploadFile.Outcome.FAILED
    assert files["broken.txt"].errors == ["broken.txt: not UTF-8 text"]
    assert set(Article.objects.values_list("source_name", flat=True)) == {"wire.txt", "feed.jsonl#1"}
    page = editor_client.get(response["Location"]).content.decode()
    assert "broken.txt: not UTF-8 text" in page and "3 of 3 file(s)" in page and "Done with errors" in page
    assert 'http-equiv="refresh"' not in page
    assert "broken.txt" in editor_client.get("/admin/timeline/upload/").content.decode()


def test_uploading_the_same_file_again_skips_it(editor_client, django_capture_on_commit_callbacks):
    for _ in range(2):
        with django_capture_on_commit_callbacks(execute=True):
            upload(editor_client, seed_file("wire.txt"))
    latest = Upload.objects.first()
    assert latest.status == Upload.Status.DONE and latest.articles_added == 0
    assert latest.files.get().articles_skipped == 1
    assert Article.objects.count() == 1


def test_an_upload_needs_a_file(editor_client):
    response = editor_client.post(ADD, {})
    assert response.status_code == 200 and not Upload.objects.exists()
    assert "This field is required." in response.content.decode()


def test_a_queued_upload_waits_for_a_worker_and_its_page_refreshes(
    editor_client, settings, django_capture_on_commit_callbacks
):
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    with django_capture_on_commit_callbacks(execute=True):
        response = upload(editor_client, seed_file("wire.txt"), seed_file("other.txt", 1))
    batch = Upload.objects.get()
    assert batch.status == Upload.Status.QUEUED and batch.task_id and not Article.objects.exists()
    page = editor_client.get(response["Location"]).content.decode()
    assert '<meta http-equiv="refresh" content="3">' in page and "0 of 2 file(s)" in page
    # What a worker does with the queued task:
    assert ingest_upload_task.call(batch.pk) == Upload.Status.DONE
    assert Article.objects.count() == 2


def test_the_immediate_backend_runs_the_task_in_process(db):
    batch = Upload.objects.create()
    UploadFile.objects.create(upload=batch, name="wire.txt", content=seed_file("wire.txt").read())
    result = ingest_upload_task.enqueue(batch.pk)
    assert result.status == TaskResultStatus.SUCCESSFUL and result.return_value == "done"


def test_uploads_cannot_be_edited(editor_client, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = upload(editor_client, seed_file("wire.txt"))
    batch = Upload.objects.get()
    posted = editor_client.post(response["Location"], {"status": "queued"})
    assert posted.status_code == 403
    batch.refresh_from_db()
    assert batch.status == Upload.Status.DONE
