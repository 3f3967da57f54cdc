"""Every write of the feedback app, by use case; import them from here."""

from danvan.feedback.actions.dialogues import add_commitment, record_dialogue
from danvan.feedback.actions.handling import (
    accept_feedback,
    answer_feedback,
    close_feedback,
    extend_feedback,
    merge_feedback,
    set_published,
    start_feedback,
    transfer_feedback,
)
from danvan.feedback.actions.intake import RateLimited, check_rate, receive_feedback
from danvan.feedback.actions.reception import add_schedule, record_session

__all__ = [
    "RateLimited",
    "accept_feedback",
    "add_commitment",
    "add_schedule",
    "answer_feedback",
    "check_rate",
    "close_feedback",
    "extend_feedback",
    "merge_feedback",
    "receive_feedback",
    "record_dialogue",
    "record_session",
    "set_published",
    "start_feedback",
    "transfer_feedback",
]
