"""Forms of the editors' workshop: event editing, merging, and uploading article files."""
from django import forms
from django.utils.text import slugify

from .models import Event, Upload

MAX_UPLOAD_BYTES = 20 * 1024 * 1024


class PeopleField(forms.CharField):
    """A list of names, edited one per line."""

    widget = forms.Textarea(attrs={"rows": 3})

    def prepare_value(self, value):
        return "\n".join(value) if isinstance(value, list) else value

    def to_python(self, value):
        names = (line.strip() for line in (value or "").splitlines())
        return list(dict.fromkeys(name for name in names if name))

    def has_changed(self, initial, data):
        return list(initial or []) != self.to_python(data)


def tag_names(text):
    """Comma-separated tag names, stripped and without repeats (by slug), in order."""
    names = {}
    for name in (part.strip() for part in text.split(",")):
        if name:
            names.setdefault(slugify(name), name)
    return list(names.values())


class EventAdminForm(forms.ModelForm):
    people = PeopleField(required=False, help_text="One name per line.")
    new_tags = forms.CharField(
        required=False,
        label="New tags",
        help_text="Comma-separated; tags that do not exist yet are created and added.",
    )

    class Meta:
        model = Event
        fields = ("date", "precision", "type", "summary", "actors", "people", "tags", "status")
        widgets = {"summary": forms.Textarea(attrs={"rows": 2, "cols": 80})}

    def clean_new_tags(self):
        names = tag_names(self.cleaned_data["new_tags"])
        for name in names:
            if not slugify(name):
                raise forms.ValidationError(f"{name!r} has no letters or digits to make a tag of.")
            if len(name) > 100:
                raise forms.ValidationError(f"{name[:30]!r}... is longer than 100 characters.")
        return names


class MergeForm(forms.Form):
    """Which event survives a merge, and whose date and which type it keeps."""

    survivor = forms.TypedChoiceField(coerce=int, widget=forms.RadioSelect, label="Keep event")
    dated_like = forms.TypedChoiceField(coerce=int, widget=forms.RadioSelect, label="Date")
    event_type = forms.ChoiceField(widget=forms.RadioSelect, label="Type")

    def __init__(self, *args, events, **kwargs):
        super().__init__(*args, **kwargs)
        self.events = {event.pk: event for event in events}
        self.fields["survivor"].choices = [(event.pk, f"#{event.pk} {event.summary}") for event in events]
        self.fields["dated_like"].choices = [
            (event.pk, f"{event.date:%d %b %Y} ({event.get_precision_display().lower()}), from #{event.pk}")
            for event in events
        ]
        types = dict.fromkeys(event.type for event in events)
        self.fields["event_type"].choices = [(value, Event.Type(value).label) for value in types]
        first = events[0]
        self.initial.setdefault("survivor", first.pk)
        self.initial.setdefault("dated_like", first.pk)
        self.initial.setdefault("event_type", first.type)

    def merge_arguments(self):
        """(survivor, others, keyword arguments) for merge.merge_events."""
        survivor = self.events[self.cleaned_data["survivor"]]
        others = [event for pk, event in self.events.items() if pk != survivor.pk]
        dated_like = self.events[self.cleaned_data["dated_like"]]
        return survivor, others, {"dated_like": dated_like, "event_type": self.cleaned_data["event_type"]}


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    """Several files from one input; cleans to a list of uploaded files."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", MultipleFileInput())
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        single = super().clean
        if isinstance(data, (list, tuple)) and data:
            return [single(item, initial) for item in data]
        return [single(data or None, initial)]


class UploadForm(forms.ModelForm):
    files = MultipleFileField(
        help_text="Plain text (.txt), HTML (.html) or JSON Lines (.jsonl) article files; several at once."
    )

    class Meta:
        model = Upload
        fields = ()

    def clean_files(self):
        files = self.cleaned_data["files"]
        for upload in files:
            if upload.size > MAX_UPLOAD_BYTES:
                raise forms.ValidationError(f"{upload.name} is larger than {MAX_UPLOAD_BYTES // 2**20} MiB.")
        return files
