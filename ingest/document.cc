#include "ingest/document.h"

namespace kg {

std::string_view partOfSpeechName(PartOfSpeech pos) {
  switch (pos) {
    case PartOfSpeech::Noun:
      return "NOUN";
    case PartOfSpeech::ProperNoun:
      return "PROPN";
    case PartOfSpeech::Pronoun:
      return "PRON";
    case PartOfSpeech::Verb:
      return "VERB";
    case PartOfSpeech::Auxiliary:
      return "AUX";
    case PartOfSpeech::Modal:
      return "MODAL";
    case PartOfSpeech::Adjective:
      return "ADJ";
    case PartOfSpeech::Adverb:
      return "ADV";
    case PartOfSpeech::Determiner:
      return "DET";
    case PartOfSpeech::Number:
      return "NUM";
    case PartOfSpeech::Preposition:
      return "ADP";
    case PartOfSpeech::InfinitiveTo:
      return "TO";
    case PartOfSpeech::Coordinator:
      return "CCONJ";
    case PartOfSpeech::Subordinator:
      return "SCONJ";
    case PartOfSpeech::WhWord:
      return "WH";
    case PartOfSpeech::Negation:
      return "NEG";
    case PartOfSpeech::Possessive:
      return "POS";
    case PartOfSpeech::Particle:
      return "PART";
    case PartOfSpeech::Punctuation:
      return "PUNCT";
    case PartOfSpeech::Quote:
      return "QUOTE";
    case PartOfSpeech::Symbol:
      return "SYM";
  }
  return "?";
}

std::string_view relationName(Relation relation) {
  switch (relation) {
    case Relation::Root:
      return "root";
    case Relation::Subject:
      return "nsubj";
    case Relation::PassiveSubject:
      return "nsubjpass";
    case Relation::Object:
      return "obj";
    case Relation::Agent:
      return "agent";
    case Relation::Preposition:
      return "prep";
    case Relation::PrepositionObject:
      return "pobj";
    case Relation::Determiner:
      return "det";
    case Relation::Possessor:
      return "poss";
    case Relation::Modifier:
      return "mod";
    case Relation::NamePart:
      return "name";
    case Relation::Apposition:
      return "appos";
    case Relation::Conjunct:
      return "conj";
    case Relation::Coordinator:
      return "cc";
    case Relation::RelativeClause:
      return "relcl";
    case Relation::ParticipleModifier:
      return "acl";
    case Relation::Complement:
      return "ccomp";
    case Relation::OpenComplement:
      return "xcomp";
    case Relation::AdverbialClause:
      return "advcl";
    case Relation::Predicate:
      return "pred";
    case Relation::Auxiliary:
      return "aux";
    case Relation::PassiveAuxiliary:
      return "auxpass";
    case Relation::Negation:
      return "neg";
    case Relation::AdverbModifier:
      return "advmod";
    case Relation::Marker:
      return "mark";
    case Relation::Particle:
      return "prt";
    case Relation::Punctuation:
      return "punct";
    case Relation::Dependent:
      return "dep";
  }
  return "?";
}

std::string_view mentionKindName(MentionKind kind) {
  switch (kind) {
    case MentionKind::Name:
      return "name";
    case MentionKind::Alias:
      return "alias";
    case MentionKind::Metonym:
      return "metonym";
    case MentionKind::Phrase:
      return "phrase";
    case MentionKind::Description:
      return "description";
    case MentionKind::Pronoun:
      return "pronoun";
  }
  return "?";
}

}  // namespace kg
