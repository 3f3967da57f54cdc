"""Every write of evaluation, one use case per function: criteria sets (`sets`), rounds and sheets (`rounds`)."""
