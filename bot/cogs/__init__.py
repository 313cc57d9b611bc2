"""The bot's command groups (discord.py extensions), loaded in CupBot.setup_hook."""
