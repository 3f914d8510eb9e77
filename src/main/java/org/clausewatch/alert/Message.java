package org.clausewatch.alert;

/** One delivery: the key receivers de-duplicate on, the JSON body, and the e-mail's subject and two bodies. */
record Message(String deliveryKey, String json, String subject, String text, String html) {}
