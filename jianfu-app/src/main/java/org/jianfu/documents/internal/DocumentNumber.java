package org.jianfu.documents.internal;

/** 发文字号: 甘政办发〔2019〕12号. */
public record DocumentNumber(String prefix, int year, int sequence) {

    public String text() {
        return prefix + "〔" + year + "〕" + sequence + "号";
    }
}
