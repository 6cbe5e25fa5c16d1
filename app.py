"""The WSGI entry point: ``waitress-serve app:app`` or any other WSGI server."""

from tracker import create_app

app = create_app()
