// Reminders ("到时提醒我"): commands, words, the service that sets and sends them, the turn wrapper, the schedule.
export { reminderCommand, type ReminderCommand } from './commands';
export { dueMessage, monthWords, targetWords } from './compose';
export { notYetPaths, ReminderService, type ReminderSender, type ReminderServiceOptions, type SendReport } from './reminderService';
export { withOffer, withReminders, type TurnHandler } from './withReminders';
export { startReminderSchedule, type ReminderSchedule } from './schedule';
