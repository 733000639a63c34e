<?php

/*
 * Laravel rule set for the webhook create/update request.
 *
 * Returns a closure: fn(string $mode, ?array $events) => array of rules.
 * $mode is 'create' or 'update'; $events is the event-id list (null = the
 * 22 built-in ids). Rules are plain pipe strings, in a fixed order.
 */

const PARITY_BUILTIN_EVENTS = [
    'event_phone_call_started',
    'event_phone_call_ended',
    'event_phone_call_did_not_connect',
    'event_phone_call_connected',
    'event_phone_call_disconnected',
    'event_phone_call_error',
    'event_participant_joined',
    'event_participant_left',
    'event_voicemail_detected',
    'event_voicemail_message_left',
    'event_conversation_started',
    'event_conversation_ended',
    'event_action',
    'event_action_failed',
    'event_recording',
    'event_connection_established',
    'event_connection_closed',
    'event_connection_error',
    'event_user_connected',
    'event_user_disconnected',
    'event_client_connected',
    'event_client_disconnected',
];

return function (string $mode, ?array $events = null): array {
    $E = implode(',', $events ?? PARITY_BUILTIN_EVENTS);
    $presence = $mode === 'update' ? 'sometimes' : 'required';

    return [
        'name' => $presence.'|string|max:255',
        'webhook_url' => $presence.'|url|max:500',
        'webhook_secret' => 'nullable|string|max:255',
        'events' => $presence.'|array|min:1',
        'events.*' => 'in:'.$E,
        'timeout' => 'nullable|integer|between:5,120',
        'max_retries' => 'nullable|integer|between:0,10',
        'enabled' => 'nullable|boolean',
        'http_method' => 'nullable|string|in:POST,PUT,PATCH',
        'authorization_scheme' => 'nullable|string|in:none,bearer,basic,api_key,custom',
        'custom_headers' => 'nullable|array|max:50',
        'custom_headers.*' => 'array',
        'custom_headers.*.key' => 'required|string|max:255',
        'custom_headers.*.value' => 'required|string|max:2048',
        'payload_templates' => 'nullable|array:'.$E,
        'payload_templates.*' => 'array',
    ];
};
