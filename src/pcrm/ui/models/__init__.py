"""Qt item models over the services: they hold ids and fetch what is visible, lazily."""
