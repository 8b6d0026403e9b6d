"""The turn pipeline: from what the player typed to what happens in the story.

``parser`` turns player input into intents (IPA: input -> parse -> act).
"""
