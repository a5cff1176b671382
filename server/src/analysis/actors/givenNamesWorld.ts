// Given names the compromise lexicon (givenNames.json) lacks, from the news of
// Ireland and Britain, Africa, South and East Asia, and continental Europe,
// each listed only where the name is given to one gender alone (no "Andrea",
// "Jean", "Sasha", "Yuki", "Jun"). Without them a "Callum" or a "Ngozi" has
// no gender, and any "he" or "she" near them can take them (a helper's court
// report gave the cyclist's "She" to the driver). Lower case, as the lexicon.
export const WORLD_MALE = new Set(
  (
    'callum declan rhys cian oisin ciaran kieran padraig seamus eoin cormac fergus hamish alasdair lachlan euan ewan ruairi darragh tadhg ' +
    'teodor nikos giorgos dimitris yannis kostas vasilis spyros ' +
    'farhan tariq imran faisal hamza bilal usman zubair waqar shahid asif junaid ' +
    'emeka chidi chinedu obinna olumide tunde babatunde kwame kofi kwabena kwaku sipho thabo themba mandla bongani jabulani ' +
    'matteo giuseppe giovanni lorenzo alessandro francesco riccardo gianluca ' +
    'maarten pieter joost sander bram jeroen jurgen dieter wolfgang helmut ' +
    'joao tiago goncalo duarte ' +
    'hiroshi takashi kenji haruto daisuke satoshi kazuki takeshi hideki ' +
    'arjun rohan vikram rahul sanjay amit suresh rajesh anil sunil ' +
    'mehmet ahmet mustafa emre burak ' +
    'bogdan andriy oleksandr taras dmytro volodymyr ' +
    'wojciech tomasz krzysztof piotr pawel marek ' +
    'lars sven nils anders magnus bjorn henrik ' +
    'mikhail sergei dmitri vladimir alexei'
  ).split(' '),
);

export const WORLD_FEMALE = new Set(
  (
    'aoife niamh siobhan saoirse roisin orla ciara caoimhe grainne sinead ' +
    'agnieszka katarzyna malgorzata magdalena ' +
    'olena oksana iryna tetiana yulia ' +
    'giulia chiara francesca alessia martina federica ' +
    'anouk sanne fleur anke heike ute birgit ulrike ' +
    'thandiwe nomvula lerato thandeka zanele nokuthula ngozi chioma adaeze nneka yetunde folake funmilayo akosua abena ' +
    'priya ananya deepika kavita sunita anjali pooja ' +
    'ayse fatma zeynep elif emine ' +
    'yuko keiko akiko naoko yumi sakura haruka ' +
    'eleni katerina dimitra ' +
    'ingrid astrid sigrid freya ' +
    'svetlana olga tatiana irina'
  ).split(' '),
);
