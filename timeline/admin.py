"""The editors' workshop: review, correct and tag what the extractor found."""
from django.contrib import admin
from django.utils.html import format_html
from django.utils.text import slugify

from .models import Actor, Article, Event, Mention, Tag

# Fields an editor may change; a change to any of them is recorded in Event.edited_fields so
# that a later re-extraction leaves it alone.
EDITABLE_EVENT_FIELDS = ("date", "precision", "type", "summary", "actors", "people", "tags", "status")


class MentionInline(admin.TabularInline):
    model = Mention
    extra = 0
    can_delete = False
    fields = ("source", "highlighted_paragraph", "time_expression", "date_explanation", "confidence")
    readonly_fields = fields
    show_change_link = False

    def has_add_permission(self, request, obj=None):
        return False

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("article")

    @admin.display(description="article")
    def source(self, mention):
        return format_html('<a href="{}">{}</a><br>{}', mention.get_absolute_url(), mention.article.title,
                           mention.article.published)

    @admin.display(description="source sentence, in its paragraph")
    def highlighted_paragraph(self, mention):
        return mention.paragraph_html()


@admin.register(Event)
class EventAdmin(admin.ModelAdmin):
    list_display = ("date", "precision", "type", "actor_codes", "summary", "mention_count", "status", "confidence")
    list_filter = ("status", "type", "precision", "actors", "tags")
    search_fields = ("summary", "mentions__sentence")
    date_hierarchy = "date"
    ordering = ("status", "confidence", "date")
    autocomplete_fields = ("actors", "tags")
    readonly_fields = ("mention_count", "article_count", "confidence", "edited_fields", "created_at", "updated_at")
    fields = ("date", "precision", "type", "summary", "actors", "people", "tags", "status",
              *readonly_fields)
    inlines = [MentionInline]
    actions = ("confirm", "reject", "back_to_review")

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("actors")

    @admin.display(description="actors")
    def actor_codes(self, event):
        return ", ".join(actor.code for actor in event.actors.all())

    def save_model(self, request, obj, form, change):
        if change:
            edited = set(obj.edited_fields) | (set(form.changed_data) & set(EDITABLE_EVENT_FIELDS))
            obj.edited_fields = sorted(edited)
        super().save_model(request, obj, form, change)

    def _set_status(self, request, queryset, status, verb):
        updated = 0
        for event in queryset:
            event.status = status
            event.edited_fields = sorted(set(event.edited_fields) | {"status"})
            event.save(update_fields=["status", "edited_fields", "updated_at"])
            updated += 1
        self.message_user(request, f"{updated} event(s) {verb}.")

    @admin.action(description="Confirm selected events", permissions=["change"])
    def confirm(self, request, queryset):
        self._set_status(request, queryset, Event.Status.CONFIRMED, "confirmed")

    @admin.action(description="Reject selected events", permissions=["change"])
    def reject(self, request, queryset):
        self._set_status(request, queryset, Event.Status.REJECTED, "rejected")

    @admin.action(description="Send selected events back to review", permissions=["change"])
    def back_to_review(self, request, queryset):
        self._set_status(request, queryset, Event.Status.AUTO, "sent back to review")


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
