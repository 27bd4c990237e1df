"""One QWizardPage per file, named after what the user does there."""
