"""Words for people: translation (told its language by its caller) and the plain-words
messages for every error."""
