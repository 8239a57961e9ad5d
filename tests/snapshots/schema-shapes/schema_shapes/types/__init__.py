"""Request parameter types (`params`) and response models (`models`)."""
