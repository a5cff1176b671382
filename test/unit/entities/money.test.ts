import { test } from 'node:test';
import { check } from './check';

test('amounts with a currency sign or code before them', () => {
  check('Trade reached [[US$41 billion|money|USD 41000000000]] and [[US$ 41 billion|money|USD 41000000000]].');
  check('It raised [[$4.5bn|money|USD 4500000000]], [[€3.2m|money|EUR 3200000]] and [[£120,000|money|GBP 120000]].');
  check('Shares fell to [[$83.10|money|USD 83.1]]; a ticket costs [[HK$10|money|HKD 10]] or [[¥500|money|JPY 500]].');
  check('The debt is [[$1.2 trillion|money|USD 1200000000000]], the fund [[Rs 40 crore|money|INR 400000000]].');
  check('India will spend [[₹1.2 lakh crore|money|INR 1200000000000]] and [[₹45,000 crore|money|INR 450000000000]].');
  check('The government will release a further [[£10 million|money|GBP 10000000]] for repairs.');
  check('Between [[$210 million|money]] and [[$240 million|money]] was set aside.');
  check('It will cost [[$5-6 billion|money|USD 5000000000]] or [[€2–€3m|money|EUR 2000000]].');
});

test('amounts with a currency word after them', () => {
  check('It lent [[5 billion yuan|money|CNY 5000000000]] and [[12 million euros|money|EUR 12000000]].');
  check('A deal worth [[41 billion US dollars|money|USD 41000000000]] and [[400 dollars|money|USD 400]].');
  check('Imports cost [[9.8 billion rand|money|ZAR 9800000000]], bread up by [[25 rand|money|ZAR 25]].');
  check('Subsidies of [[14.6 billion crowns|money|XXX 14600000000]] and [[two billion Hong Kong dollars|money|HKD 2000000000]].');
  check('Spending hit [[2.1 billion reais|money|BRL 2100000000]] and [[a million pounds|money|GBP 1000000]].');
  check('A [[$41-billion|money|USD 41000000000]] deal, or [[41 billion USD|money|USD 41000000000]], or [[5 million RMB|money|CNY 5000000]].');
  check('He was fined [[seven dollars|money|USD 7]], then [[21.8 million French francs|money|FRF 21800000]].');
  check('The lab had [[80,000 cedis|money|GHS 80000]], [[5 million birr|money|ETB 5000000]] and [[40 billion dong|money|VND 40000000000]].');
  check('Fares cost [[3 million new shekels|money|ILS 3000000]], [[300 lei|money|RON 300]] and [[200 dinars|money|XXX 200]].');
});

test('numbers that are not money', () => {
  check('He lost 20 pounds, won 2 races in [[2012|date]] and gave a dollar to 41 billion people.');
  check('The move marks a change; she got top marks, and the dollar bought 1.47 marks.');
  check('The US exported [[5 billion tonnes|quantity]]; USB 3 is fast; the $ sign alone is nothing.');
  check('XUS$5 is a code, and 5$ is not written so.');
});

test('British pence glued to the number ("8.2p a share"); "4pm", "p12" and "3pt" are no money', () => {
  check('A final dividend of [[8.2p|money|GBP 0.082]] a share brings the total to [[11.5p|money|GBP 0.115]]; a [[5p|money|GBP 0.05]] levy.');
  check('The meeting is at 4pm, see p12; the index rose 3pt.');
});
