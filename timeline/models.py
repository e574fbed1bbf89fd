"""Articles, the events extracted from them, and the mentions that tie the two together."""
import calendar
import datetime

from django.conf import settings
from django.contrib.postgres.search import SearchQuery, SearchVector
from django.db import connections, models
from django.urls import reverse

from .highlight import Mark, highlight, paragraph_around



def period(date, precision):
    """The first and last day an event dated `date` at `precision` may fall on.

    A week-precision date is the Monday of its week (GUIDE.md); months and years are taken
    whole whatever the day, so a stray day never shortens the period. A "reported" date is the
    publication day.
    """
    if precision == Event.Precision.WEEK:
        monday = date - datetime.timedelta(days=date.weekday())
        return monday, monday + datetime.timedelta(days=6)
    if precision == Event.Precision.MONTH:
        return date.replace(day=1), date.replace(day=calendar.monthrange(date.year, date.month)[1])
    if precision == Event.Precision.YEAR:
        return date.replace(month=1, day=1), date.replace(month=12, day=31)
    return date, date

class Article(models.Model):
    """One news article as ingested: clean body text plus what we know about where it came from."""

    title = models.CharField(max_length=500)
    outlet = models.CharField(max_length=200, blank=True)
    url = models.URLField(max_length=1000, blank=True)
    published = models.DateField(db_index=True)
    byline = models.CharField(max_length=300, blank=True)
    body = models.TextField(help_text="Clean article text; every offset points into it.")
    raw = models.TextField(help_text="The file's text as received.")
    content_hash = models.CharField(max_length=64, unique=True)
    source_name = models.CharField(max_length=300, help_text="File name it was ingested from.")
    ingested_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-published", "title"]

    def __str__(self):
        return f"{self.title} ({self.published:%d %b %Y})"

    def get_absolute_url(self):
        return reverse("timeline:article", args=[self.pk])


class Actor(models.Model):
    """A state (ISO 3166-1 alpha-3 code) or an international organization (UN, EU, IAEA...)."""

    class Kind(models.TextChoices):
        STATE = "state", "State"
        ORGANIZATION = "organization", "Organization"

    code = models.CharField(max_length=10, primary_key=True)
    name = models.CharField(max_length=200)
    kind = models.CharField(max_length=20, choices=Kind.choices)
    aliases = models.JSONField(default=list, blank=True)

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return f"{self.name} ({self.code})"


class Tag(models.Model):
    """An editor's label for events ("sanctions", "six-party talks")."""

    name = models.CharField(max_length=100, unique=True)
    slug = models.SlugField(max_length=100, unique=True)

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name


class EventQuerySet(models.QuerySet):
    def visible(self):
        """What the public timeline shows: everything an editor has not rejected."""
        return self.exclude(status=Event.Status.REJECTED)

    def in_range(self, start, end):
        """Events dated between start and end inclusive; either bound may be None."""
        qs = self
        if start:
            qs = qs.filter(date__gte=start)
        if end:
            qs = qs.filter(date__lte=end)
        return qs

    def with_actor(self, *codes):
        """Events in which any of the given actors takes part."""
        return self.filter(actors__code__in=codes).distinct() if codes else self

    def of_type(self, *types):
        return self.filter(type__in=types) if types else self

    def tagged(self, *slugs):
        return self.filter(tags__slug__in=slugs).distinct() if slugs else self

    def with_status(self, *statuses):
        return self.filter(status__in=statuses) if statuses else self

    def matching(self, text):
        """Events whose summary or one of whose source sentences matches `text`.

        PostgreSQL searches its English full-text index ("sanction" finds "sanctions",
        quotes and "or" work as in a web search engine); other databases look for the
        text as written, ignoring case.
        """
        if not text:
            return self
        if connections[self.db].vendor == "postgresql":
            return self._full_text_matching(text)
        sources = Mention.objects.filter(sentence__icontains=text).values("event_id")
        return self.filter(models.Q(summary__icontains=text) | models.Q(id__in=sources))

    def _full_text_matching(self, text):
        query = SearchQuery(text, config="english", search_type="websearch")
        sources = (
            Mention.objects.annotate(sentence_vector=SearchVector("sentence", config="english"))
            .filter(sentence_vector=query)
            .values("event_id")
        )
        return self.annotate(summary_vector=SearchVector("summary", config="english")).filter(
            models.Q(summary_vector=query) | models.Q(id__in=sources)
        )

    def for_view(self, state):
        """The public events a ViewState selects: its range, actors, types, tags, statuses and text."""
        return (
            self.visible()
            .in_range(state.start, state.end)
            .with_actor(*state.actors)
            .of_type(*state.types)
            .tagged(*state.tags)
            .with_status(*state.statuses)
            .matching(state.q)
        )

    def review_queue(self):
        """Unreviewed events first, then confirmed, then rejected; least confident first within each.

        Adds `review_rank` (0 unreviewed, 1 confirmed, 2 rejected) so the admin can sort on it.
        """
        rank = models.Case(
            models.When(status=Event.Status.AUTO, then=0),
            models.When(status=Event.Status.CONFIRMED, then=1),
            default=2,
            output_field=models.IntegerField(),
        )
        return self.annotate(review_rank=rank).order_by("review_rank", "confidence", "date", "id")

    def latest_year(self):
        """(1 January, 31 December) of the year of the most recent event, or None when there is none."""
        latest = self.order_by("-date").values_list("date", flat=True).first()
        if latest is None:
            return None
        return latest.replace(month=1, day=1), latest.replace(month=12, day=31)

    def for_listing(self):
        """Prefetches what a list or chart row shows: actors and tags, no article bodies."""
        return self.prefetch_related("actors", "tags").order_by("date", "id")

    def with_sources(self):
        """Prefetches each event's mentions with their articles, bodies left unloaded."""
        return self.prefetch_related(
            models.Prefetch(
                "mentions",
                queryset=Mention.objects.select_related("article")
                .defer("article__body", "article__raw")
                .order_by("article__published", "sentence_start"),
            )
        )


class Event(models.Model):
    """One diplomatic act at one time, as GUIDE.md defines it; reported by one or more mentions."""

    class Type(models.TextChoices):
        STATEMENT = "statement", "Statement"
        APPEAL = "appeal", "Appeal"
        INTENT = "intent", "Intent"
        CONSULT = "consult", "Consultation"
        COOPERATE = "cooperate", "Cooperation"
        REFUSE = "refuse", "Refusal"
        CONDEMN = "condemn", "Condemnation"
        THREATEN = "threaten", "Threat"
        SANCTION = "sanction", "Sanction"
        MILITARY = "military", "Military action"
        LEADERSHIP = "leadership", "Leadership change"

    # CAMEO root codes, so that exports join with GDELT, ICEWS and PETRARCH data.
    CAMEO_ROOTS = {
        Type.STATEMENT: "01",
        Type.APPEAL: "02",
        Type.INTENT: "03",
        Type.CONSULT: "04",
        Type.COOPERATE: "05",
        Type.REFUSE: "12",
        Type.CONDEMN: "11",
        Type.THREATEN: "13",
        Type.SANCTION: "16",
        Type.MILITARY: "15",
        Type.LEADERSHIP: "01",
    }

    class Precision(models.TextChoices):
        DAY = "day", "Day"
        WEEK = "week", "Week"
        MONTH = "month", "Month"
        YEAR = "year", "Year"
        REPORTED = "reported", "Reported (publication date)"

    class Status(models.TextChoices):
        AUTO = "auto", "Unreviewed"
        CONFIRMED = "confirmed", "Confirmed"
        REJECTED = "rejected", "Rejected"

    date = models.DateField()
    precision = models.CharField(max_length=10, choices=Precision.choices)
    type = models.CharField(max_length=20, choices=Type.choices)
    summary = models.CharField(max_length=300)
    actors = models.ManyToManyField(Actor, related_name="events", blank=True)
    people = models.JSONField(default=list, blank=True)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.AUTO)
    tags = models.ManyToManyField(Tag, related_name="events", blank=True)
    confidence = models.FloatField(default=0.0)
    mention_count = models.PositiveIntegerField(default=0)
    article_count = models.PositiveIntegerField(default=0)
    edited_fields = models.JSONField(
        default=list, blank=True, help_text="Fields an editor changed; re-extraction leaves them alone."
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = EventQuerySet.as_manager()

    class Meta:
        ordering = ["date", "id"]
        indexes = [
            models.Index(fields=["date", "id"], name="event_date_idx"),
            models.Index(fields=["type", "date"], name="event_type_date_idx"),
            models.Index(fields=["status", "date"], name="event_status_date_idx"),
        ]

    def __str__(self):
        return f"{self.date:%Y-%m-%d} {self.get_type_display()}: {self.summary}"

    def get_absolute_url(self):
        return reverse("timeline:event", args=[self.pk])

    @property
    def cameo_root(self):
        return self.CAMEO_ROOTS[self.type]

    @property
    def is_machine_only(self):
        """True while no editor has touched the event: unreviewed, nothing edited, no tags."""
        return self.status == self.Status.AUTO and not self.edited_fields and not self.tags.exists()

    def mark_edited(self, *fields):
        """Record fields as an editor's; saving is the caller's job."""
        self.edited_fields = sorted(set(self.edited_fields) | set(fields))

    def refresh_counts(self):
        """Recount mentions and distinct articles after mentions were added or moved."""
        mentions = self.mentions.all()
        self.mention_count = mentions.count()
        self.article_count = mentions.values("article").distinct().count()
        self.save(update_fields=["mention_count", "article_count", "updated_at"])


class Mention(models.Model):
    """One sentence of one article that reports an event, with the offsets of what fixed it."""

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="mentions")
    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="mentions")
    sentence_start = models.PositiveIntegerField()
    sentence_end = models.PositiveIntegerField()
    sentence = models.TextField(help_text="Exact text of body[sentence_start:sentence_end].")
    time_expression = models.CharField(max_length=200, blank=True)
    time_start = models.PositiveIntegerField(null=True, blank=True)
    time_end = models.PositiveIntegerField(null=True, blank=True)
    date_explanation = models.CharField(max_length=400, blank=True)
    trigger = models.CharField(max_length=200, blank=True)
    trigger_start = models.PositiveIntegerField(null=True, blank=True)
    trigger_end = models.PositiveIntegerField(null=True, blank=True)
    confidence = models.FloatField(default=0.0)
    # What the extractor read in this sentence, kept apart from the event that an editor may
    # re-date, retype or merge: with the article and the offsets it is the stable key that
    # re-extraction matches findings on.
    extracted_type = models.CharField(max_length=20, choices=Event.Type.choices)
    extracted_date = models.DateField()
    extracted_precision = models.CharField(max_length=10, choices=Event.Precision.choices)

    class Meta:
        ordering = ["article", "sentence_start"]
        indexes = [models.Index(fields=["article", "sentence_start"], name="mention_article_idx")]

    def __str__(self):
        return f"{self.article.source_name} [{self.sentence_start}:{self.sentence_end}]"

    def get_absolute_url(self):
        return f"{self.article.get_absolute_url()}#m-{self.pk}"

    def save(self, *args, **kwargs):
        # A mention recorded by hand rather than by the extractor takes its event's reading.
        if self.extracted_date is None:
            self.extracted_type = self.extracted_type or self.event.type
            self.extracted_date = self.event.date
            self.extracted_precision = self.extracted_precision or self.event.precision
        super().save(*args, **kwargs)

    @property
    def key(self):
        """(article id, sentence start, sentence end, type, date): what re-extraction matches on."""
        return (self.article_id, self.sentence_start, self.sentence_end, self.extracted_type, self.extracted_date)

    def marks(self, *, anchor=False):
        """The sentence, its time expression and its trigger, as Marks over the article body."""
        marks = [Mark(self.sentence_start, self.sentence_end, "sentence", f"m-{self.pk}" if anchor else "")]
        if self.time_start is not None:
            marks.append(Mark(self.time_start, self.time_end, "timex", title=self.date_explanation))
        if self.trigger_start is not None:
            marks.append(Mark(self.trigger_start, self.trigger_end, "trigger"))
        return marks

    def paragraph_html(self):
        """The paragraph that holds this mention, escaped, with the sentence highlighted."""
        body = self.article.body
        start, end = paragraph_around(body, self.sentence_start, self.sentence_end)
        return highlight(body[start:end], self.marks(), offset=start)


class Upload(models.Model):
    """Article files an editor uploaded in one go, and how far their ingestion has got."""

    class Status(models.TextChoices):
        QUEUED = "queued", "Queued"
        RUNNING = "running", "Running"
        DONE = "done", "Done"
        FAILED = "failed", "Done with errors"

    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.QUEUED)
    task_id = models.CharField(max_length=64, blank=True, help_text="The Tasks API result id of its ingestion.")
    articles_added = models.PositiveIntegerField(default=0)
    events_created = models.PositiveIntegerField(default=0)
    mentions_created = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self):
        return f"Upload #{self.pk} ({self.created_at:%d %b %Y %H:%M})"

    @property
    def progress(self):
        """(files processed, files in the upload)."""
        files = self.files.all()
        return sum(file.outcome != UploadFile.Outcome.PENDING for file in files), len(files)


class UploadFile(models.Model):
    """One uploaded file: its bytes, and what ingesting it gave (articles, or why not)."""

    class Outcome(models.TextChoices):
        PENDING = "pending", "Waiting"
        INGESTED = "ingested", "Ingested"
        FAILED = "failed", "Failed"

    upload = models.ForeignKey(Upload, on_delete=models.CASCADE, related_name="files")
    name = models.CharField(max_length=255)
    content = models.BinaryField()
    outcome = models.CharField(max_length=10, choices=Outcome.choices, default=Outcome.PENDING)
    articles_added = models.PositiveIntegerField(default=0)
    articles_skipped = models.PositiveIntegerField(default=0)
    errors = models.JSONField(default=list, blank=True, help_text="Why each bad article of the file was refused.")

    class Meta:
        ordering = ["upload", "id"]

    def __str__(self):
        return self.name
