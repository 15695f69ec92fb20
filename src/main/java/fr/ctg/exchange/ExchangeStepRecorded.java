package fr.ctg.exchange;

/** A step of a data-exchange request was recorded (asked, studied, decided): those who follow the register are told. */
public record ExchangeStepRecorded(long conventionId, long exchangeId, String title, ExchangeStage stage,
                                   long actorId, String actorName) {
}
