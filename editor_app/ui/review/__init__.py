"""The desk: review dock, workflow bar and history."""
