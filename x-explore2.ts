import { findDates, splitSentences } from './src/dates/index.ts';
const cases = [
  'The following month, he resigned today on Monday.',
  'He met them in March and again the following month.',
  'The 7th National People\'s Congress met for 24 days.',
  'A 24-member panel was set up during COVID-19 by the G7 at 70 Whitehall.',
  'He holds badge number 000001 and sent 2000 troops at the age of 100.',
  'The ministry is at 2 Chaoyangmen Nandajie.',
  'In 1981, the party met. The 1982 constitution was adopted.',
  'the Act of 1947 was passed; since 1987 he led; by 1942 it existed.',
  'He served from 1928 to 1934 and between 2006 and 2009, and in 2014–2017.',
  'In the second half of 2012 and the first quarter of 2013, in spring 2014, in the fall of 2015, Q3 2016, H2 2017.',
  'On March 18–19, 2021 they met; on 13–20 February 2017 they met; 13—20 February 2017.',
  'On May 1, 2025, and on 6 March 1958, and on 1958-03-06.',
  'from March–June 2017 and from 6 May to 20 June 2025 and from March 30 – April 2, 2021.',
  'In the 1980s and the mid-1990s, and in mid-2012 and in the 2005-06 season and 1990–91.',
  'About 1500 people, over 2000 km, $2000, No. 1990, Expo 2010, Vision 2030 plan, 1600 Pennsylvania Avenue.',
  'The 2014 elections were held. In 2000 troops were sent? The 2000 troops.',
  'It cost 1,2000 yuan; 12000 people; 2000.5 km; page 1999; 3/4/2000.',
  'He was born in 1950 and died in 2020, aged 70.',
  'May 24 people attend? March 24 was fine. In March 2024 it was. May 2019.',
  'Summer 1990 was hot. Beijing 2008 Olympics. the 2008 Beijing Olympics. in 2023–present.',
  'From 2000 to 1990, backwards.',
  'On 31 February 2010 nothing happened; on 29 February 2012 something did.',
  'He became head in 1999 (the year of the reform) and left in 2004.',
  'It was signed on 4 July 1776 and in 1066 and in 2101 and in 0999.',
  'Jan. 5, 1990 and Sept. 1991 and 5th of May 1992 and May 4th, 1919.',
];
for (const c of cases) {
  console.log(c);
  for (const d of findDates(c)) console.log(`   ${d.kind}\t${d.value}\t${JSON.stringify(d.text)}\t${d.precision}\t${c.slice(d.index, d.index + d.text.length) === d.text}`);
}
const para = "The council was created by the National Security Act of 1947, which President Harry S. Truman signed on July 26, 1947. It held its first meeting on September 26, 1947. Robert C. O'Brien, who had been the U.S. special presidential envoy, succeeded him. Mr. Smith met Dr. Jones on Jan. 5, 1990. It was in the U.S. In 2019 he left. Items etc. are here. Items etc. Then more. World War I. The war. He left.\u00a0Next one. Born c. 1950 in X. Gen. Lee won. No. 5 was it.";
for (const s of splitSentences(para)) console.log(s.index, JSON.stringify(s.text), para.slice(s.index, s.index + s.text.length) === s.text);
