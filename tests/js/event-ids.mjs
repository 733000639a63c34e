// The 22 documented agent-webhook event ids, in the docs' order, for the JS test generators and the
// benchmark (the module's own catalogue is src/core/events.rs). Plain ES module: Node and browsers.
export const EVENT_IDS = Object.freeze([
  "event_phone_call_started", "event_phone_call_ended", "event_phone_call_did_not_connect",
  "event_phone_call_connected", "event_phone_call_disconnected", "event_phone_call_error",
  "event_participant_joined", "event_participant_left", "event_voicemail_detected",
  "event_voicemail_message_left", "event_conversation_started", "event_conversation_ended",
  "event_action", "event_action_failed", "event_recording", "event_connection_established",
  "event_connection_closed", "event_connection_error", "event_user_connected",
  "event_user_disconnected", "event_client_connected", "event_client_disconnected",
]);
