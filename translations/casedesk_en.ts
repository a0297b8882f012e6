<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>casedesk::ui::MainWindow</name>
    <message numerus="yes">
        <source>%n unit(s) · no Zalo account connected yet</source>
        <translation><numerusform>%n unit · no Zalo account connected yet</numerusform><numerusform>%n units · no Zalo account connected yet</numerusform></translation>
    </message>
</context>
</TS>
