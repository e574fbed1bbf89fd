"""Mentions keep what the extractor read (the re-extraction key); uploads record imports."""
import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models

TYPES = [
    ("statement", "Statement"), ("appeal", "Appeal"), ("intent", "Intent"), ("consult", "Consultation"),
    ("cooperate", "Cooperation"), ("refuse", "Refusal"), ("condemn", "Condemnation"), ("threaten", "Threat"),
    ("sanction", "Sanction"), ("military", "Military action"), ("leadership", "Leadership change"),
]
PRECISIONS = [
    ("day", "Day"), ("week", "Week"), ("month", "Month"), ("year", "Year"),
    ("reported", "Reported (publication date)"),
]


def copy_event_readings(apps, schema_editor):
    """Existing mentions were stored with their event's reading; that is the best key they have."""
    Mention = apps.get_model("timeline", "Mention")
    for mention in Mention.objects.select_related("event").iterator():
        mention.extracted_type = mention.event.type
        mention.extracted_date = mention.event.date
        mention.extracted_precision = mention.event.precision
        mention.save(update_fields=["extracted_type", "extracted_date", "extracted_precision"])


class Migration(migrations.Migration):

    dependencies = [
        ("timeline", "0001_initial"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AddField("mention", "extracted_type", models.CharField(choices=TYPES, max_length=20, null=True)),
        migrations.AddField("mention", "extracted_date", models.DateField(null=True)),
        migrations.AddField(
            "mention", "extracted_precision", models.CharField(choices=PRECISIONS, max_length=10, null=True)
        ),
        migrations.RunPython(copy_event_readings, migrations.RunPython.noop),
        migrations.AlterField("mention", "extracted_type", models.CharField(choices=TYPES, max_length=20)),
        migrations.AlterField("mention", "extracted_date", models.DateField()),
        migrations.AlterField("mention", "extracted_precision", models.CharField(choices=PRECISIONS, max_length=10)),
        migrations.CreateModel(
            name="Upload",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("created_at", models.DateTimeField(auto_now_add=True)),
                ("finished_at", models.DateTimeField(blank=True, null=True)),
                (
                    "status",
                    models.CharField(
                        choices=[("queued", "Queued"), ("running", "Running"), ("done", "Done"),
                                 ("failed", "Done with errors")],
                        default="queued",
                        max_length=10,
                    ),
                ),
                (
                    "task_id",
                    models.CharField(blank=True, help_text="The Tasks API result id of its ingestion.", max_length=64),
                ),
                ("articles_added", models.PositiveIntegerField(default=0)),
                ("events_created", models.PositiveIntegerField(default=0)),
                ("mentions_created", models.PositiveIntegerField(default=0)),
                (
                    "created_by",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
            ],
            options={"ordering": ["-created_at", "-id"]},
        ),
        migrations.CreateModel(
            name="UploadFile",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("name", models.CharField(max_length=255)),
                ("content", models.BinaryField()),
                (
                    "outcome",
                    models.CharField(
                        choices=[("pending", "Waiting"), ("ingested", "Ingested"), ("failed", "Failed")],
                        default="pending",
                        max_length=10,
                    ),
                ),
                ("articles_added", models.PositiveIntegerField(default=0)),
                ("articles_skipped", models.PositiveIntegerField(default=0)),
                (
                    "errors",
                    models.JSONField(blank=True, default=list, help_text="Why each bad article of the file was refused."),
                ),
                (
                    "upload",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE, related_name="files", to="timeline.upload"
                    ),
                ),
            ],
            options={"ordering": ["upload", "id"]},
        ),
    ]
