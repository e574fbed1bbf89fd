"""The "Editors" group: review, correct and tag events, upload articles; nothing more.

Editors may not delete articles or events (merging removes events through its own action, which
needs only the change permission), nor touch users, groups or actors.
"""
from django.contrib.auth.management import create_permissions
from django.db import migrations

EDITORS = "Editors"
PERMISSIONS = {
    "event": ("view", "change"),
    "mention": ("view",),
    "article": ("view",),
    "actor": ("view",),
    "tag": ("view", "add", "change"),
    "upload": ("view", "add"),
    "uploadfile": ("view",),
}


def create_editors(apps, schema_editor):
    # Permissions are normally made after all migrations (post_migrate); make ours now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name=EDITORS)
    codenames = [f"{action}_{model}" for model, actions in PERMISSIONS.items() for action in actions]
    group.permissions.set(Permission.objects.filter(content_type__app_label="timeline", codename__in=codenames))


def remove_editors(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name=EDITORS).delete()


class Migration(migrations.Migration):

    dependencies = [
        ("timeline", "0002_mention_key_upload"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_editors, remove_editors)]
