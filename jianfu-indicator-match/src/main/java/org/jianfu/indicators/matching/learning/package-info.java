/** Fitting the pair scorer on labelled pairs: logistic regression and k-fold cross-validation. */
package org.jianfu.indicators.matching.learning;
