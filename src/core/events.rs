//! The 22 agent-webhook event ids documented by Talkover (List Agent Webhooks, `available_events`).

#[allow(unused_imports)]
use crate::prelude::*;

use crate::core::locale::Locale;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EventGroup {
    PhoneCall,
    Participant,
    Voicemail,
    Conversation,
    Action,
    Recording,
    Connection,
    User,
    Client,
}

impl EventGroup {
    pub fn code(self) -> &'static str {
        match self {
            EventGroup::PhoneCall => "phone_call",
            EventGroup::Participant => "participant",
            EventGroup::Voicemail => "voicemail",
            EventGroup::Conversation => "conversation",
            EventGroup::Action => "action",
            EventGroup::Recording => "recording",
            EventGroup::Connection => "connection",
            EventGroup::User => "user",
            EventGroup::Client => "client",
        }
    }

    pub fn label(self, locale: Locale) -> &'static str {
        let (en, pt) = match self {
            EventGroup::PhoneCall => ("Phone call", "Chamada telefônica"),
            EventGroup::Participant => ("Participant", "Participante"),
            EventGroup::Voicemail => ("Voicemail", "Caixa postal"),
            EventGroup::Conversation => ("Conversation", "Conversa"),
            EventGroup::Action => ("Action", "Ação"),
            EventGroup::Recording => ("Recording", "Gravação"),
            EventGroup::Connection => ("Connection", "Conexão"),
            EventGroup::User => ("User", "Usuário"),
            EventGroup::Client => ("Client", "Cliente"),
        };
        locale.pick(en, pt)
    }
}

pub struct Event {
    pub id: &'static str,
    pub group: EventGroup,
    en: &'static str,
    pt_br: &'static str,
}

impl Event {
    pub fn description(&self, locale: Locale) -> &'static str {
        locale.pick(self.en, self.pt_br)
    }
}

macro_rules! events {
    ($($id:literal, $group:ident, $en:literal, $pt:literal;)*) => {
        pub static EVENTS: &[Event] = &[$(Event { id: $id, group: EventGroup::$group, en: $en, pt_br: $pt }),*];
    };
}

events! {
    "event_phone_call_started", PhoneCall, "Phone call has started", "A chamada telefônica começou";
    "event_phone_call_ended", PhoneCall, "Phone call has ended", "A chamada telefônica terminou";
    "event_phone_call_did_not_connect", PhoneCall, "Phone call failed to connect", "A chamada telefônica não conectou";
    "event_phone_call_connected", PhoneCall, "Phone call connection established", "Conexão da chamada telefônica estabelecida";
    "event_phone_call_disconnected", PhoneCall, "Phone call connection closed", "Conexão da chamada telefônica encerrada";
    "event_phone_call_error", PhoneCall, "Phone call connection error occurred", "Ocorreu um erro na conexão da chamada telefônica";
    "event_participant_joined", Participant, "Participant joined the call", "Participante entrou na chamada";
    "event_participant_left", Participant, "Participant left the call", "Participante saiu da chamada";
    "event_voicemail_detected", Voicemail, "Voicemail system detected", "Caixa postal detectada";
    "event_voicemail_message_left", Voicemail, "Message left on voicemail", "Mensagem deixada na caixa postal";
    "event_conversation_started", Conversation, "Human conversation started", "Conversa humana iniciada";
    "event_conversation_ended", Conversation, "Human conversation ended", "Conversa humana encerrada";
    "event_action", Action, "Agent executed an action", "O agente executou uma ação";
    "event_action_failed", Action, "Agent action failed", "A ação do agente falhou";
    "event_recording", Recording, "Call recording event", "Evento de gravação da chamada";
    "event_connection_established", Connection, "Call connection established", "Conexão da chamada estabelecida";
    "event_connection_closed", Connection, "Call connection closed", "Conexão da chamada encerrada";
    "event_connection_error", Connection, "Call connection error occurred", "Ocorreu um erro na conexão da chamada";
    "event_user_connected", User, "User connected to the call", "Usuário conectado à chamada";
    "event_user_disconnected", User, "User disconnected from the call", "Usuário desconectado da chamada";
    "event_client_connected", Client, "Client connected to the call", "Cliente conectado à chamada";
    "event_client_disconnected", Client, "Client disconnected from the call", "Cliente desconectado da chamada";
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn catalogue_has_22_unique_prefixed_ids() {
        assert_eq!(EVENTS.len(), 22);
        for (i, e) in EVENTS.iter().enumerate() {
            assert!(e.id.starts_with("event_"));
            assert!(
                EVENTS[..i].iter().all(|o| o.id != e.id),
                "{} repeated",
                e.id
            );
            assert!(!e.description(Locale::PtBr).is_empty());
        }
    }
}
