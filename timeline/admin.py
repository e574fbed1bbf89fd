"""The editors' workshop: review, correct, tag, merge and split what the extractor found; upload articles.

Every change an editor makes here is written to Django's admin log (LogEntry), so each event's
and tag's "History" page says who changed what and when; the bulk actions, merges, splits and
tags made on the fly write their own entries with a plain-language message.
"""
from pathlib import Path

from django.contrib import admin, messages
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.contrib.admin.models import DELETION, LogEntry
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html, format_html_join
from django.utils.text import slugify

from .forms import EventAdminForm, MergeForm, UploadForm
from .merge import merge_events, split_mention
from .models import Actor, Article, Event, Mention, Tag, Upload, UploadFile
from .tasks import enqueue_upload

# Fields an editor may change; a change to any of them is recorded in Event.edited_fields so
# that a later re-extraction leaves it alone.
EDITABLE_EVENT_FIELDS = ("date", "precision", "type", "summary", "actors", "people", "tags", "status")

admin.site.site_header = "Newsdesk Timeline: editors"
admin.site.site_title = "Newsdesk Timeline editors"
admin.site.index_title = "Review, correct and tag the timeline"


def change_url(obj):
    return reverse(f"admin:{obj._meta.app_label}_{obj._meta.model_name}_change", args=[obj.pk])


class MentionInline(admin.TabularInline):
    model = Mention
    extra = 0
    can_delete = False
    fields = ("source", "highlighted_paragraph", "time_expression", "date_explanation", "confidence", "split")
    readonly_fields = fields
    show_change_link = False

    def has_add_permission(self, request, obj=None):
        return False

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("article", "event")

    @admin.display(description="article")
    def source(self, mention):
        return format_html('<a href="{}">{}</a><br>{}', mention.get_absolute_url(), mention.article.title,
                           mention.article.published)

    @admin.display(description="source sentence, in its paragraph")
    def highlighted_paragraph(self, mention):
        return mention.paragraph_html()

    @admin.display(description="split")
    def split(self, mention):
        if mention.event.mention_count < 2:
            return "-"
        url = reverse("admin:timeline_event_split", args=[mention.event_id, mention.pk])
        return format_html('<a href="{}">Move into a new event</a>', url)


@admin.register(Event)
class EventAdmin(admin.ModelAdmin):
    form = EventAdminForm
    list_display = ("date", "precision", "type", "actor_codes", "summary", "mention_count", "article_count",
                    "review_status", "tag_names", "confidence")
    list_filter = ("status", "type", "precision", ("actors", admin.RelatedOnlyFieldListFilter), "tags")
    search_fields = ("summary", "mentions__sentence")
    date_hierarchy = "date"
    autocomplete_fields = ("actors", "tags")
    readonly_fields = ("mention_count", "article_count", "confidence", "edited_fields", "created_at", "updated_at")
    fields = ("date", "precision", "type", "summary", "actors", "people", "tags", "new_tags", "status",
              *readonly_fields)
    inlines = [MentionInline]
    actions = ("confirm", "reject", "back_to_review", "merge")

    def get_queryset(self, request):
        # review_queue() annotates and orders; ModelAdmin's own get_queryset would order by
        # get_ordering() before the annotation exists.
        return Event.objects.review_queue().prefetch_related("actors", "tags")

    def get_ordering(self, request):
        # review_rank is an annotation (see EventQuerySet.review_queue), which `ordering` cannot name.
        return ("review_rank", "confidence", "date")

    def get_urls(self):
        split = self.admin_site.admin_view(self.split_view)
        return [path("<path:object_id>/split/<int:mention_id>/", split, name="timeline_event_split"),
                *super().get_urls()]

    @admin.display(description="actors")
    def actor_codes(self, event):
        return ", ".join(actor.code for actor in event.actors.all())

    @admin.display(description="tags")
    def tag_names(self, event):
        return ", ".join(tag.name for tag in event.tags.all())

    @admin.display(description="status", ordering="review_rank")
    def review_status(self, event):
        return event.get_status_display()

    # Editing

    def save_model(self, request, obj, form, change):
        if change:
            obj.mark_edited(*(set(form.changed_data) & set(EDITABLE_EVENT_FIELDS)))
        if form.cleaned_data["new_tags"]:
            obj.mark_edited("tags")
        super().save_model(request, obj, form, change)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        for name in form.cleaned_data["new_tags"]:
            form.instance.tags.add(self.tag_named(request, name, form.instance))

    def tag_named(self, request, name, event):
        """The tag called `name` (by slug), created and logged if there is none yet."""
        tag, created = Tag.objects.get_or_create(slug=slugify(name), defaults={"name": name})
        if created:
            self.log_addition(request, tag, f"Created while editing event #{event.pk}.")
        return tag

    # Status actions

    def set_status(self, request, queryset, status, verb):
        updated = 0
        for event in queryset:
            event.status = status
            event.mark_edited("status")
            event.save(update_fields=["status", "edited_fields", "updated_at"])
            self.log_change(request, event, f"Status set to {event.get_status_display()} (bulk action).")
            updated += 1
        self.message_user(request, f"{updated} event(s) {verb}.")

    @admin.action(description="Confirm selected events", permissions=["change"])
    def confirm(self, request, queryset):
        self.set_status(request, queryset, Event.Status.CONFIRMED, "confirmed")

    @admin.action(description="Reject selected events", permissions=["change"])
    def reject(self, request, queryset):
        self.set_status(request, queryset, Event.Status.REJECTED, "rejected")

    @admin.action(description="Send selected events back to review", permissions=["change"])
    def back_to_review(self, request, queryset):
        self.set_status(request, queryset, Event.Status.AUTO, "sent back to review")

    # Merge and split

    @admin.action(description="Merge selected events into one…", permissions=["change"])
    def merge(self, request, queryset):
        events = list(queryset.order_by("pk"))
        if len(events) < 2:
            self.message_user(request, "Select at least two events to merge.", messages.WARNING)
            return None
        form = MergeForm(request.POST if "apply" in request.POST else None, events=events)
        if not form.is_valid():
            context = {
                **self.admin_site.each_context(request),
                "title": "Merge events",
                "opts": self.opts,
                "form": form,
                "events": events,
                "action_checkbox_name": ACTION_CHECKBOX_NAME,
            }
            return TemplateResponse(request, "admin/timeline/event/merge.html", context)
        survivor, others, choices = form.merge_arguments()
        self.log_merge(request, survivor, others, choices)
        merge_events(survivor, others, **choices)
        self.message_user(request, f"{len(others) + 1} events merged into #{survivor.pk}.")
        return HttpResponseRedirect(change_url(survivor))

    def log_merge(self, request, survivor, others, choices):
        """Log the merge on the survivor and the removal of the others, before they go."""
        LogEntry.objects.log_actions(
            request.user.pk, Event.objects.filter(pk__in=[other.pk for other in others]), DELETION,
            change_message=f"Merged into event #{survivor.pk}.",
        )
        merged = "; ".join(f"#{other.pk} {other.summary}" for other in others)
        dated_like = choices["dated_like"]
        self.log_change(request, survivor, (
            f"Merged {merged} into this event; date {dated_like.date:%Y-%m-%d} ({dated_like.precision}) "
            f"from #{dated_like.pk}; type {choices['event_type']}."
        ))

    def split_view(self, request, object_id, mention_id):
        """Ask, then move one mention out of this event into a new event of its own."""
        event = self.get_object(request, object_id)
        if event is None or not self.has_change_permission(request, event):
            raise PermissionDenied
        mention = get_object_or_404(event.mentions.select_related("article"), pk=mention_id)
        if request.method == "POST" and event.mention_count > 1:
            new = split_mention(mention)
            where = f"mention #{mention.pk} ({mention.article.source_name})"
            self.log_change(request, event, f"Moved {where} out into new event #{new.pk}.")
            self.log_addition(request, new, f"Split off from event #{event.pk}: {where}.")
            self.message_user(request, f"Mention moved into new event #{new.pk}; review it here.")
            return HttpResponseRedirect(change_url(new))
        context = {
            **self.admin_site.each_context(request),
            "title": "Move a mention into a new event",
            "opts": self.opts,
            "original": event,
            "event": event,
            "mention": mention,
        }
        return TemplateResponse(request, "admin/timeline/event/split.html", context)


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    list_display = ("title", "outlet", "published", "source_name", "mention_total", "ingested_at")
    list_filter = ("outlet",)
    search_fields = ("title", "body", "source_name")
    date_hierarchy = "published"
    readonly_fields = ("content_hash", "source_name", "ingested_at", "raw")

    @admin.display(description="mentions")
    def mention_total(self, article):
        return article.mentions.count()


@admin.register(Actor)
class ActorAdmin(admin.ModelAdmin):
    list_display = ("code", "name", "kind")
    list_filter = ("kind",)
    search_fields = ("code", "name")


@admin.register(Tag)
class TagAdmin(admin.ModelAdmin):
    list_display = ("name", "slug")
    search_fields = ("name",)
    prepopulated_fields = {"slug": ("name",)}

    def save_model(self, request, obj, form, change):
        obj.slug = obj.slug or slugify(obj.name)
        super().save_model(request, obj, form, change)


# Imports


class UploadFileInline(admin.TabularInline):
    model = UploadFile
    extra = 0
    can_delete = False
    fields = ("name", "outcome", "articles_added", "articles_skipped", "error_list")
    readonly_fields = fields

    def has_add_permission(self, request, obj=None):
        return False

    @admin.display(description="errors")
    def error_list(self, upload_file):
        return format_html_join("", "<div>{}</div>", ((error,) for error in upload_file.errors)) or "-"


@admin.register(Upload)
class UploadAdmin(admin.ModelAdmin):
    form = UploadForm
    list_display = ("__str__", "created_by", "status", "progress_text", "articles_added", "events_created",
                    "failed_files")
    list_filter = ("status",)
    readonly_fields = ("created_by", "created_at", "finished_at", "status", "progress_text", "articles_added",
                       "events_created", "mentions_created", "task_id")

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("created_by").prefetch_related("files")

    def get_fields(self, request, obj=None):
        return self.readonly_fields if obj else ("files",)

    def get_inlines(self, request, obj):
        return [UploadFileInline] if obj else []

    def has_change_permission(self, request, obj=None):
        # An upload is a record of what happened; nobody edits it.
        return False

    @admin.display(description="progress")
    def progress_text(self, upload):
        done, total = upload.progress
        return f"{done} of {total} file(s)"

    @admin.display(description="failed files")
    def failed_files(self, upload):
        return ", ".join(f.name for f in upload.files.all() if f.outcome == UploadFile.Outcome.FAILED) or "-"

    def save_model(self, request, obj, form, change):
        obj.created_by = request.user
        super().save_model(request, obj, form, change)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        upload = form.instance
        UploadFile.objects.bulk_create(
            UploadFile(upload=upload, name=Path(file.name).name, content=file.read())
            for file in form.cleaned_data["files"]
        )
        transaction.on_commit(lambda: enqueue_upload(upload))

    def response_add(self, request, obj, post_url_continue=None):
        self.message_user(request, f"{obj} received: {obj.files.count()} file(s) queued for ingestion.")
        return HttpResponseRedirect(change_url(obj))
