"""The child's life-story book window and its page dialog."""
