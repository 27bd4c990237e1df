"""Developer tools: data builds and screenshots. Not shipped."""
