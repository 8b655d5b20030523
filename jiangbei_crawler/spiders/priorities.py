"""The crawl's scheduling priorities, in one place: the spider and each of its mixins ask by name."""

# Finish articles already started (their parts hold memory), then repair, then discovery; routine revisits
# late, the sweep of URLs nothing linked to last.
PRIORITY = {
    "part": 110,
    "retry": 100,
    "frontier": 90,
    "suspect": 60,
    "home": 50,
    "new": 40,
    "script": 30,  # a site's script files: before lists (the menu they write leads to them), after the newest rows
    "list": 20,
    "hub": 15,
    "revisit": 10,
    "known": -10,
    "sweep": -20,
}
