"""Alembic environment: always run on the connection the app hands over (see editor_app.store.migrate).

It never calls ``fileConfig`` (that would silence the app's loggers) and never opens its own engine.
"""

from alembic import context

from editor_app.store.models import METADATA

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=METADATA,
    render_as_batch=True,
    transaction_per_migration=False,
)
with context.begin_transaction():
    context.run_migrations()
