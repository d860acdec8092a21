FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIP_DISABLE_PIP_VERSION_CHECK=1
WORKDIR /app

COPY pyproject.toml ./
RUN pip install --no-cache-dir -e . 

COPY . .
# Static files are collected at build time and served by WhiteNoise. Settings need a
# database URL and a key to load, not to collect.
RUN DATABASE_URL=postgres://build@localhost/build SECRET_KEY=build-only \
    python manage.py collectstatic --no-input

RUN useradd --system --uid 10001 portal && mkdir -p /data/private_media \
    && chown -R portal /data
USER portal
ENV PRIVATE_MEDIA_ROOT=/data/private_media
EXPOSE 8000
CMD ["sh", "-c", "python manage.py migrate --no-input && exec gunicorn privacyportal.wsgi:application --bind 0.0.0.0:8000 --workers ${GUNICORN_WORKERS:-3} --access-logfile -"]
