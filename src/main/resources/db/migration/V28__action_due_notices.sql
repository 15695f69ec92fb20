-- Notifications "action due" (#18): the due date an action's owner was last told of, so that the daily job tells
-- them once per due date (a due date moved later is told again; a second run the same day tells nobody).
ALTER TABLE action_item ADD COLUMN due_notice_for DATE NULL;
