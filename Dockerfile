# Cupbot as a service: the Discord bot (DISCORD_TOKEN set) in a small image.
#
#   docker build -t cupbot .
#   docker run -d --name cupbot --restart unless-stopped \
#       -e DISCORD_TOKEN -v cupbot-data:/data -v cupbot-config:/config cupbot
#
# The knowledge base lives on the /data volume (built from the bundled demo reports on first
# start), config.yaml on the /config volume (/config/cupbot/config.yaml; optional). The token
# comes from the environment only. See docs/service.md for updates and backups.
FROM python:3.11-slim

COPY . /src
RUN pip install --no-cache-dir /src && rm -rf /src \
    && useradd --create-home --uid 10001 cupbot \
    && mkdir -p /data /config && chown cupbot /data /config

# platformdirs follows the XDG variables: the user's data and config folders are the volumes
ENV XDG_DATA_HOME=/data XDG_CONFIG_HOME=/config PYTHONUNBUFFERED=1
VOLUME ["/data", "/config"]
USER cupbot
WORKDIR /home/cupbot
# SIGTERM (docker stop) closes the bot cleanly
ENTRYPOINT ["cupbot"]
