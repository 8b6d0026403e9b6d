"""The turn pipeline: from what the player typed to what happens in the story.

``parser`` turns player input into intents (IPA: input -> parse -> act), with its word tables in
``vocabulary``, its clause splitting in ``clauses`` and its types in ``parser_types``;
``suggestions`` offers commands when nothing was understood; ``play`` applies the intents with
the world engine; ``feelings`` finds the feelings a player names.
"""
