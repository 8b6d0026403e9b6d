"""The client's widgets, by domain: the story log, the side panel, the map, the command input,
the status chip, tag lists, and the parsed ``narrative.end`` summary they share."""
